using System.Globalization;
using Microsoft.AspNetCore.Components;
using Scheduler.Api.Shared;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

public partial class OfficeCalendar
{
    private static readonly DayOfWeek[] WeekDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    [SupplyParameterFromQuery(Name = "run")] public long? RunId { get; set; }
    [SupplyParameterFromQuery(Name = "year")] public int? Year { get; set; }
    [SupplyParameterFromQuery(Name = "month")] public string? MonthText { get; set; }
    [SupplyParameterFromQuery(Name = "township")] public string? Township { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public int? RoutePage { get; set; }

    /// <summary>Routes (team-days with their stops) shown a page: all townships of a 12,000-enterprise county make hundreds a month.</summary>
    private const int RoutesPerPage = 40;
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private ShownPlanResult? lookup;
    private MonthCalendar? calendar;
    private ListPage<TeamDayRoute>? routes;
    private Dictionary<string, int> routePageOf = new(StringComparer.Ordinal);
    private string? monthError;
    private string? townshipError;
    private HashSet<int> plannedMonths = [];

    protected override async Task OnInitializedAsync()
    {
        var aborted = HttpContext.RequestAborted;
        lookup = await ShownPlans.FindAsync(RunId, Year, Cache, Runs, Registers, aborted);
        if (lookup.Shown is not { } shown) return;

        int? month = null;
        if (!string.IsNullOrWhiteSpace(MonthText))
        {
            if (int.TryParse(MonthText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12) month = m;
            else monthError = Ui.T($"月份“{MonthText}”无效：请选 1 到 12 月。下面显示的是默认月份。", $"Month “{MonthText}” is not valid: choose 1 to 12. The default month is shown below.");
        }

        MonthlyPlan? monthly = null;
        for (var m = 1; m <= Math.Min(12, shown.Run.Months); m++) plannedMonths.Add(m);
        if (month is null)
        {
            // The first month that has a monthly plan; January when none has.
            for (var m = 1; m <= Math.Min(12, shown.Run.Months) && monthly is null; m++)
            {
                monthly = await ShownPlans.MonthAsync(shown, m, aborted);
                if (monthly is not null) month = m;
            }
            month ??= 1;
        }
        else
        {
            monthly = await ShownPlans.MonthAsync(shown, month.Value, aborted);
        }

        var township = string.IsNullOrWhiteSpace(Township) ? null : Township.Trim();
        if (township is not null && shown.Index.Township(township) is null)
        {
            townshipError = Ui.T($"没有编号为“{township}”的镇乡街道，下面显示全部镇乡。", $"There is no township “{township}”; all townships are shown below.");
            township = null;
        }
        else if (Township is null)
        {
            township = MonthCalendar.DefaultTownship(shown.Index, monthly);
        }
        calendar = MonthCalendar.Build(shown.Index, shown.Plan, monthly, month.Value, township);
        routes = ListPage<TeamDayRoute>.Of(calendar.Routes, RoutePage, RoutesPerPage);
        for (var i = 0; i < calendar.Routes.Count; i++) routePageOf.TryAdd(calendar.Routes[i].TeamDay.Id, i / RoutesPerPage + 1);
    }

    /// <summary>The link of a team-day in the calendar: its route on this page, or on the page that shows it.</summary>
    private string RouteHref(TeamDayRoute route)
    {
        var page = routePageOf.GetValueOrDefault(route.TeamDay.Id, 1);
        return (page == routes!.Page ? "" : PageLink(page)) + "#route-" + route.TeamDay.Id;
    }

    private string PageLink(int page) => Link(calendar!.Month) + "&page=" + page.ToString(CultureInfo.InvariantCulture);

    private string Link(int month)
    {
        var plan = RunId is { } run ? $"run={run}" : $"year={lookup!.Shown!.Run.Year}";
        return $"/office/calendar?{plan}&month={month}&township={Uri.EscapeDataString(calendar!.Township ?? "")}";
    }

    private string EnterpriseLink(string enterprise) =>
        $"/office/enterprises/{Uri.EscapeDataString(enterprise)}?" + (RunId is { } run ? $"run={run}" : $"year={lookup!.Shown!.Run.Year}");

    private static string DayClass(CalendarDay day) =>
        (day.IsWorkingDay ? "work" : "off") + (day.IsJointDay ? " joint" : "");
}

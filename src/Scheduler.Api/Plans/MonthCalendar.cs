using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>
/// A month of a monthly plan laid out as a calendar: weeks (Monday first) × seven weekdays, each day of the month with
/// its working-day status and its team-days; every team-day with its route (ordered stops, travel office → first → …
/// → last → office by the spec's formula, on-site minutes); and the month's unscheduled visits with their reasons.
/// Optionally narrowed to one township.
/// </summary>
public sealed record MonthCalendar(
    int Year,
    int Month,
    string? Township,
    bool HasMonthlyPlan,
    IReadOnlyList<IReadOnlyList<CalendarDay?>> Weeks,
    IReadOnlyList<TeamDayRoute> Routes,
    IReadOnlyList<UnscheduledRow> Unscheduled,
    int AnnualVisits)
{
    /// <summary>Above this many team-days in a month, the calendar opens on one township rather than all of them.</summary>
    public const int AllTownshipsLimit = 60;

    /// <summary>The days of the month in date order.</summary>
    public IEnumerable<CalendarDay> Days => Weeks.SelectMany(w => w).OfType<CalendarDay>();

    public static MonthCalendar Build(PlanIndex index, AnnualPlan plan, MonthlyPlan? monthly, int month, string? township)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var instance = index.Instance;
        var year = instance.Year;
        var filter = string.IsNullOrWhiteSpace(township) ? null : township.Trim();
        var visitById = new Dictionary<string, Visit>(StringComparer.Ordinal);
        foreach (var v in plan.Visits ?? []) visitById[v.Id] = v;
        var annualVisits = (plan.Visits ?? []).Count(v => v.Month == month && InTownship(index, v, filter));

        var routes = (monthly?.TeamDays ?? [])
            .Where(t => filter is null || t.Township == filter)
            .OrderBy(t => t.Date).ThenBy(t => index.TownshipName(t.Township), StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => Route(index, t, visitById))
            .ToList();

        var unscheduled = (monthly?.Unscheduled ?? [])
            .Select(u => (Row: u, Visit: visitById.GetValueOrDefault(u.Visit)))
            .Where(u => filter is null || (u.Visit is not null && InTownship(index, u.Visit, filter)))
            .Select(u => new UnscheduledRow(u.Row.Visit, u.Visit is null ? null : index.Describe(u.Visit),
                index.TownshipName(u.Visit is null ? null : index.Enterprise(u.Visit.Enterprise)?.Township), u.Row.Reason))
            .ToList();

        var calendar = WorkCalendar.For(instance);
        var holidays = new HashSet<DateOnly>(instance.Calendar?.Holidays ?? []);
        var byDate = routes.GroupBy(r => r.TeamDay.Date).ToDictionary(g => g.Key, g => (IReadOnlyList<TeamDayRoute>)[.. g]);
        var weeks = new List<IReadOnlyList<CalendarDay?>>();
        if (year is >= 1 and <= 9999)
        {
            var first = new DateOnly(year, month, 1);
            var lead = ((int)first.DayOfWeek + 6) % 7; // Monday = 0
            var week = new CalendarDay?[7];
            var slot = lead;
            for (var date = first; date.Month == month; date = date.AddDays(1))
            {
                week[slot] = new CalendarDay(date, calendar.IsWorkingDay(date), calendar.IsJointDay(date), holidays.Contains(date),
                    byDate.GetValueOrDefault(date) ?? []);
                if (++slot == 7)
                {
                    weeks.Add(week);
                    week = new CalendarDay?[7];
                    slot = 0;
                }
                if (date.Day == DateTime.DaysInMonth(year, month)) break;
            }
            if (slot > 0) weeks.Add(week);
        }
        return new MonthCalendar(year, month, filter, monthly is not null, weeks, routes, unscheduled, annualVisits);
    }

    /// <summary>
    /// The township a calendar opens on when none is asked: all (null) when the month has at most
    /// <see cref="AllTownshipsLimit"/> team-days, else the first township of the register that has a team-day.
    /// </summary>
    public static string? DefaultTownship(PlanIndex index, MonthlyPlan? monthly)
    {
        ArgumentNullException.ThrowIfNull(index);
        var teamDays = monthly?.TeamDays ?? [];
        if (teamDays.Count <= AllTownshipsLimit) return null;
        var used = teamDays.Select(t => t.Township).ToHashSet(StringComparer.Ordinal);
        return (index.Instance.Townships ?? []).Select(t => t.Id).FirstOrDefault(used.Contains) ?? teamDays[0].Township;
    }

    private static bool InTownship(PlanIndex index, Visit visit, string? township) =>
        township is null || index.Enterprise(visit.Enterprise)?.Township == township;

    private static TeamDayRoute Route(PlanIndex index, TeamDay teamDay, Dictionary<string, Visit> visitById)
    {
        var rules = index.Instance.Rules ?? new Rules();
        var office = index.Township(teamDay.Township)?.Location;
        var stops = new List<RouteStop>();
        GeoPoint? previous = office;
        var travel = 0.0;
        var known = office is not null;
        foreach (var id in teamDay.Visits ?? [])
        {
            var visit = visitById.GetValueOrDefault(id);
            var place = visit is null ? null : index.Enterprise(visit.Enterprise)?.Location;
            double? leg = previous is not null && place is not null ? Travel(previous, place, rules) : null;
            if (leg is null) known = false;
            travel += leg ?? 0;
            stops.Add(new RouteStop(stops.Count + 1, id, visit is null ? null : index.Describe(visit), leg));
            previous = place;
        }
        double? back = previous is not null && office is not null && stops.Count > 0 ? Travel(previous, office, rules) : null;
        if (back is null && stops.Count > 0) known = false;
        travel += back ?? 0;
        return new TeamDayRoute(EnterpriseDetail.TeamDayView(index, teamDay), stops, back, known ? travel : null);
    }

    private static double Travel(GeoPoint from, GeoPoint to, Rules rules) =>
        rules.TravelKmh > 0 ? TravelTime.Minutes(from, to, rules) : 0;
}

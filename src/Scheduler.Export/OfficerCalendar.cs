using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Export.Internal;

namespace Scheduler.Export;

/// <summary>
/// An officer's iCalendar: one VEVENT per team-day the officer works, over the monthly plans given.
/// Events are timed, 08:30–17:00 Asia/Shanghai, not all-day: a team-day takes the officer's whole working day
/// (rules.workdayMinutes of visits and travel, out from and back to the township office), and a timed event blocks
/// those hours as busy in shared calendars, where many clients (Outlook among them) show an all-day event as a banner
/// marked free. The time zone is named, with its VTIMEZONE, so a phone set to another zone still shows 08:30 local.
/// The plan fixes no start time; 08:30–17:00 is the usual office day and says "all day" in a way calendars honour.
/// </summary>
public static class OfficerCalendar
{
    public const string TimeZoneId = "Asia/Shanghai";
    public static readonly TimeOnly DayStart = new(8, 30);
    public static readonly TimeOnly DayEnd = new(17, 0);

    /// <summary>The calendar of <paramref name="inspectorId"/>; <paramref name="stampUtc"/> is the DTSTAMP of every event (when the export was made).</summary>
    public static Calendar For(Instance instance, AnnualPlan plan, IReadOnlyList<MonthlyPlan> months, string inspectorId, DateTime stampUtc) =>
        For(new SheetWords(instance, plan), months, inspectorId, stampUtc);

    /// <summary>The team-days of <paramref name="inspectorId"/>, by date.</summary>
    public static IReadOnlyList<TeamDay> TeamDaysOf(IReadOnlyList<MonthlyPlan> months, string inspectorId) =>
        months.SelectMany(m => m.TeamDays)
            .Where(t => t.Inspectors.Contains(inspectorId, StringComparer.Ordinal))
            .OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>Stable across re-exports of a revised plan, so a calendar that imports the file again updates the event instead of doubling it.</summary>
    public static string Uid(string instanceName, TeamDay teamDay) =>
        $"{teamDay.Id}-{teamDay.Date:yyyyMMdd}@{(string.IsNullOrWhiteSpace(instanceName) ? "scheduler" : instanceName)}";

    /// <summary>The .ics text (UTF-8 when written; RFC 5545 line folding and escaping by Ical.Net).</summary>
    public static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";

    internal static Calendar For(SheetWords words, IReadOnlyList<MonthlyPlan> months, string inspectorId, DateTime stampUtc)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddTimeZone(TimeZoneId);
        var name = words.Lookup.InspectorName(inspectorId);
        calendar.AddProperty("X-WR-CALNAME", $"{name} · 检查日程");
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        var stamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc), CalDateTime.UtcTzId);
        foreach (var teamDay in TeamDaysOf(months, inspectorId))
            calendar.Events.Add(Event(words, teamDay, stamp));
        return calendar;
    }

    private static CalendarEvent Event(SheetWords words, TeamDay teamDay, CalDateTime stamp)
    {
        var township = words.Township(teamDay.Township);
        var rows = teamDay.Visits.Select(words.Row).ToList();
        var joint = rows.SelectMany(r => r.Departments).Distinct().Count() >= 2;
        return new CalendarEvent
        {
            Uid = Uid(words.Instance.Name, teamDay),
            DtStamp = stamp,
            DtStart = new CalDateTime(teamDay.Date, DayStart, TimeZoneId),
            DtEnd = new CalDateTime(teamDay.Date, DayEnd, TimeZoneId),
            Summary = $"{(joint ? "联合检查" : "检查")} · {township.Name} · {rows.Count}家",
            Location = township.Name,
            GeographicLocation = new GeographicLocation(township.Location.Lat, township.Location.Lon),
            Description = Description(words, teamDay, rows),
            Transparency = TransparencyType.Opaque,
        };
    }

    /// <summary>The route in order, each stop with its departments, items and on-site minutes; then the team.</summary>
    private static string Description(SheetWords words, TeamDay teamDay, IReadOnlyList<SheetRow> rows)
    {
        var text = new StringBuilder();
        text.Append($"检查组 {teamDay.Id}，{ChineseDates.WithWeekday(teamDay.Date)}，从{words.Township(teamDay.Township).Name}出发，依次检查{rows.Count}家：\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var id = string.IsNullOrEmpty(row.EnterpriseId) ? row.Visit : row.EnterpriseId;
            text.Append($"{i + 1}. {row.EnterpriseName}（{id}）\n");
            text.Append($"   部门：{string.Join("、", row.Departments)}\n");
            text.Append($"   事项：{string.Join("；", row.Items)}\n");
            text.Append($"   现场约{row.OnSiteMinutes}分钟\n");
            if (row.Code is { } code) text.Append($"   行为码：{code}\n");
        }
        text.Append($"同组人员：{string.Join("、", teamDay.Inspectors.Select(words.InspectorLabel))}");
        return text.ToString();
    }
}

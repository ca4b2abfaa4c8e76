using System.Globalization;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>Checks the format version, the year, the county code and the calendar.</summary>
internal static class HeaderChecks
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static void Check(ValidationContext ctx)
    {
        var instance = ctx.Instance;
        if (instance.FormatVersion != 1)
        {
            ctx.Add("$.formatVersion", $"formatVersion is {instance.FormatVersion}, but this program reads format version 1");
        }
        if (instance.Year is < MinYear or > MaxYear)
        {
            ctx.Add("$.year", $"the plan year {instance.Year} is outside {MinYear}-{MaxYear}");
        }
        if (instance.CountyCode is { } county && !Plans.VisitCodes.IsCounty(county))
        {
            ctx.Add("$.countyCode", $"countyCode '{(county.Length > 12 ? county[..12] + "…" : county)}' is not a six-digit administrative division code (GB/T 2260, e.g. 330225); leave it out to take the division of the enterprises' credit codes");
        }
        CheckCalendar(ctx, instance.Calendar, instance.Year);
    }

    private static void CheckCalendar(ValidationContext ctx, PlanningCalendar? calendar, int year)
    {
        if (calendar is null)
        {
            ctx.Add("$.calendar", "calendar is null; leave it out to use the defaults (joint weekday Tuesday, no holidays)");
            return;
        }
        if (calendar.JointWeekdays is not { } joint)
        {
            ctx.Add("$.calendar.jointWeekdays", "jointWeekdays is null; leave it out for the default Tuesday");
        }
        else if (joint.Count == 0)
        {
            ctx.Add("$.calendar.jointWeekdays",
                "jointWeekdays is empty; leave it out for the default Tuesday, or name at least one weekday");
        }
        else
        {
            for (var i = 0; i < joint.Count; i++)
            {
                if (!Enum.IsDefined(joint[i]))
                {
                    ctx.Add($"$.calendar.jointWeekdays[{i}]", $"jointWeekdays[{i}] is {(int)joint[i]}, not a weekday name such as \"Tuesday\"");
                }
            }
        }
        var holidays = CheckDates(ctx, calendar.Holidays, "$.calendar.holidays", "holiday", year);
        var extra = CheckDates(ctx, calendar.ExtraWorkdays, "$.calendar.extraWorkdays", "extra workday", year);
        if (holidays is null || extra is null) return;
        var holidaySet = new HashSet<DateOnly>(holidays);
        for (var i = 0; i < extra.Count; i++)
        {
            if (holidaySet.Contains(extra[i]))
            {
                ctx.Add($"$.calendar.extraWorkdays[{i}]", $"{Iso(extra[i])} is both a holiday and an extra workday; name it in one list only");
            }
        }
    }

    private static IReadOnlyList<DateOnly>? CheckDates(
        ValidationContext ctx, IReadOnlyList<DateOnly>? dates, string path, string noun, int year)
    {
        if (dates is null)
        {
            ctx.Add(path, $"{path[2..]} is null; leave it out or give a list of ISO dates");
            return null;
        }
        for (var i = 0; i < dates.Count; i++)
        {
            if (dates[i].Year != year)
            {
                ctx.Add($"{path}[{i}]", $"{noun} {Iso(dates[i])} is not in the plan year {year}");
            }
        }
        return dates;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

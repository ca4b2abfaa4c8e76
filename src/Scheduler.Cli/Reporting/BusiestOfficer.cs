using Scheduler.Domain.Plans;

namespace Scheduler.Cli.Reporting;

/// <summary>The inspector in the most team-days of a month (ties: the smallest id), as the validator counts maxDaysPerInspector.</summary>
internal sealed record BusiestOfficer(string Id, int Days)
{
    /// <summary>Null when the month has no team-day.</summary>
    public static BusiestOfficer? Of(MonthlyPlan plan)
    {
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var td in plan.TeamDays)
            foreach (var inspector in td.Inspectors.Distinct(StringComparer.Ordinal))
                days[inspector] = days.GetValueOrDefault(inspector) + 1;
        return days
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new BusiestOfficer(kv.Key, kv.Value))
            .FirstOrDefault();
    }

    public override string ToString() => $"{Id} ({Format.Count(Days)} {(Days == 1 ? "day" : "days")})";
}

using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Replans;

/// <summary>What one team-day of a department does in a month of a run: its visits over its team-days in the monthly plan.</summary>
public static class TeamDayRate
{
    /// <summary>Visits holding a task of <paramref name="department"/> per team-day with an officer of it; null without such a team-day.</summary>
    public static double? Of(Instance instance, AnnualPlan plan, MonthlyPlan? month, string? department)
    {
        if (month is null || department is null) return null;
        var officers = instance.Inspectors.Where(i => i.Department == department).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var needs = instance.Needs.Where(n => n.Department == department).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var ours = plan.Visits.Where(v => v.Month == month.Month && v.Tasks.Any(t => needs.Contains(t.Need))).Select(v => v.Id)
            .ToHashSet(StringComparer.Ordinal);
        var days = month.TeamDays.Where(d => d.Inspectors.Any(officers.Contains)).ToList();
        if (days.Count == 0) return null;
        int visits = days.Sum(d => d.Visits.Count(ours.Contains));
        return visits == 0 ? null : Math.Round((double)visits / days.Count, 2);
    }
}

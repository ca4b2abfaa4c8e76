using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>
/// The part of a plan that concerns one department: the visits holding at least one task of its needs, each kept whole
/// (so it sees which departments come along), and its unassigned occurrences. A month: the team-days that make one of
/// those visits, with the whole team but only those visits (in the team's order), and those of its visits left
/// unscheduled. The two views agree: every visit a department's month names is in its annual view.
/// </summary>
public static class DepartmentPlanView
{
    public static AnnualPlan Annual(AnnualPlan plan, Instance instance, string department)
    {
        var own = instance.Needs.Where(n => string.Equals(n.Department, department, StringComparison.Ordinal))
            .Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return plan with
        {
            Visits = [.. plan.Visits.Where(v => v.Tasks.Any(t => own.Contains(t.Need)))],
            Unassigned = [.. plan.Unassigned.Where(u => own.Contains(u.Need))],
        };
    }

    /// <summary>The month as seen by the department whose annual view is <paramref name="departmentAnnual"/>.</summary>
    public static MonthlyPlan Month(MonthlyPlan month, AnnualPlan departmentAnnual)
    {
        var visits = departmentAnnual.Visits.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        return month with
        {
            TeamDays = [.. month.TeamDays.Where(t => t.Visits.Any(visits.Contains))
                .Select(t => t with { Visits = [.. t.Visits.Where(visits.Contains)] })],
            Unscheduled = [.. month.Unscheduled.Where(u => visits.Contains(u.Visit))],
        };
    }
}

using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Tests.Support;

/// <summary>Small read-only questions about a plan that tests ask (departments and minutes of a visit, where a need went).</summary>
public static class PlanView
{
    /// <summary>The distinct departments of a visit's tasks' needs.</summary>
    public static IReadOnlySet<string> DepartmentsOf(Instance instance, Visit visit) =>
        visit.Tasks
            .Select(t => instance.Needs.FirstOrDefault(n => n.Id == t.Need)?.Department)
            .OfType<string>()
            .ToHashSet();

    /// <summary>On-site minutes: the longest department share, a share being its distinct items' minutes.</summary>
    public static int MinutesOf(Instance instance, Visit visit)
    {
        var minutes = instance.CheckItems.ToDictionary(i => i.Id, i => i.Minutes);
        return visit.Tasks
            .Select(t => instance.Needs.FirstOrDefault(n => n.Id == t.Need))
            .OfType<Need>()
            .GroupBy(n => n.Department)
            .Select(g => g.SelectMany(n => n.Items).Distinct().Sum(i => minutes.GetValueOrDefault(i)))
            .DefaultIfEmpty(0)
            .Max();
    }

    /// <summary>The visits that hold an occurrence of the need.</summary>
    public static IReadOnlyList<Visit> VisitsOf(AnnualPlan plan, string need) =>
        plan.Visits.Where(v => v.Tasks.Any(t => t.Need == need)).ToArray();

    /// <summary>The months of the need's placed occurrences, ascending.</summary>
    public static IReadOnlyList<int> MonthsOf(AnnualPlan plan, string need) =>
        VisitsOf(plan, need).Select(v => v.Month).Order().ToArray();

    /// <summary>Σ over visits of its number of departments.</summary>
    public static int DepartmentVisits(Instance instance, AnnualPlan plan) =>
        plan.Visits.Sum(v => DepartmentsOf(instance, v).Count);
}

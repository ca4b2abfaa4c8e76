using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// The last step of a staffed year: in every month, sibling visits of one enterprise merged back where the officers can
/// carry the merged visit (<see cref="MonthMerge"/>). The staffing loop splits a department's checks off wherever the
/// months ran short, and its limits only tighten; the months it ends with often have the officers for some of them after all.
/// </summary>
internal static class YearMerge
{
    /// <summary>The year with the merges, or null when none was possible (or, a bug, the result broke a rule).</summary>
    public static (AnnualPlan Annual, PlanFigures Figures, IReadOnlyList<MonthlyPlanResult> Months, int Merged)? Run(
        CompiledInstance ci, AnnualPlan annual, IReadOnlyList<MonthlyPlanResult> months)
    {
        var byMonth = annual.Visits.ToLookup(v => v.Month);
        var merges = months.Select(m => new MonthMerge(ci, byMonth[m.Plan.Month], m.Plan)).ToList();
        int merged = merges.Sum(m => m.Run());
        merged += new CrossMonthMerge(ci, merges.ToDictionary(m => m.Month)).Run();
        if (merged == 0) return null;
        var changed = merges.SelectMany(m => m.Visits.Values).ToDictionary(v => v.Id, StringComparer.Ordinal);
        var absorbed = merges.SelectMany(m => m.Absorbed).ToHashSet(StringComparer.Ordinal);
        var plan = annual with
        {
            Visits = annual.Visits.Where(v => !absorbed.Contains(v.Id)).Select(v => changed.GetValueOrDefault(v.Id, v)).ToList(),
        };
        var check = PlanChecker.Check(ci.Source, plan);
        var monthPlans = merges.Select((m, i) => m.Plan(months[i].Plan)).ToList();
        var monthCheck = MonthlyPlanChecker.Check(ci.Source, plan, monthPlans);
        if (!check.Valid || !monthCheck.Valid) return null;
        var results = months.Select((m, i) => m with
        {
            Plan = monthPlans[i],
            Figures = monthCheck.Months[i],
            ShortDepartments = m.ShortDepartments.Where(kv => monthPlans[i].Unscheduled.Any(u => u.Visit == kv.Key))
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        }).ToList();
        return (plan, check.Figures, results, merged);
    }
}

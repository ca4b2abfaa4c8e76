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
    /// <summary>At most this many passes in <see cref="RunPasses"/>, each on the months the last one left (seed 1 of the
    /// 370-officer county: 2,686, then 50; a third pass merged 2 there and 1 on the 60,000-enterprise county, for 43 s of
    /// its wall time).</summary>
    public const int Passes = 2;

    /// <summary>
    /// <see cref="Run"/> again on the merged months while a pass merges more, at most <see cref="Passes"/> times, on a
    /// whole year only and until cancelled: the year with every merge, or null when the first pass made none.
    /// </summary>
    public static (AnnualPlan Annual, PlanFigures Figures, IReadOnlyList<MonthlyPlanResult> Months, int Merged)? RunPasses(
        CompiledInstance ci, AnnualPlan annual, IReadOnlyList<MonthlyPlanResult> months, CancellationToken cancellationToken = default)
    {
        (AnnualPlan Annual, PlanFigures Figures, IReadOnlyList<MonthlyPlanResult> Months, int Merged)? year = null;
        for (int pass = 1; pass <= Passes && months.Count == 12 && !cancellationToken.IsCancellationRequested; pass++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (Run(ci, annual, months) is not { } merged) break;
            if (SolverTrace.Staff)
                Console.Error.WriteLine($"[staff] sibling visits merged back (pass {pass}): {merged.Merged}, visits {merged.Figures.Visits}, unscheduled {merged.Months.Sum(m => m.Figures.Unscheduled)}, {clock.Elapsed.TotalSeconds:0.0} s");
            (annual, months) = (merged.Annual, merged.Months);
            year = (merged.Annual, merged.Figures, merged.Months, (year?.Merged ?? 0) + merged.Merged);
        }
        return year;
    }

    /// <summary>The year with the merges, or null when none was possible (or, a bug, the result broke a rule).</summary>
    public static (AnnualPlan Annual, PlanFigures Figures, IReadOnlyList<MonthlyPlanResult> Months, int Merged)? Run(
        CompiledInstance ci, AnnualPlan annual, IReadOnlyList<MonthlyPlanResult> months)
    {
        var byMonth = annual.Visits.ToLookup(v => v.Month);
        var merges = months.Select(m => new MonthMerge(ci, byMonth[m.Plan.Month], m.Plan)).ToList();
        // Left-out visits first (the spec ranks them first), then the merges.
        int placed = merges.Sum(m => m.PlaceLeft());
        if (SolverTrace.Staff) Console.Error.WriteLine($"[staff] left-out visits placed: {placed}");
        int merged = merges.Sum(m => m.Run());
        merged += new CrossMonthMerge(ci, merges.ToDictionary(m => m.Month)).Run();
        if (merged == 0 && placed == 0) return null;
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
            LackingDepartments = m.LackingDepartments.Where(kv => monthPlans[i].Unscheduled.Any(u => u.Visit == kv.Key))
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        }).ToList();
        return (plan, check.Figures, results, merged);
    }
}

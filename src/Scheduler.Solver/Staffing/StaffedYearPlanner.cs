using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Planners;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// Plans a year the county's officers can carry out. The optimized annual plan (staff ignored: the unconstrained
/// optimum) is fitted to what each department's officers can carry per township and month (<see cref="StaffFit"/>);
/// the twelve months are planned; where they still leave visits out, those department-township-months get tighter
/// limits and the annual plan is fitted again — until nothing is left out or a round places nothing more. The best
/// year (fewest unassigned + unscheduled, then fewest visits) is returned. Deterministic for the same inputs and seed.
/// </summary>
public sealed class StaffedYearPlanner
{
    /// <summary>The share of a team-day's room the first limits count on: all of it; the rounds tighten the cells the months
    /// cannot carry (measured: 0.7 and 0.85 cost more visits and left more out than 1.0).</summary>
    internal const double Fill = 1.0;

    /// <param name="unconstrained">The plan that ignores the staff when it is already solved for these needs with these
    /// options (<see cref="StaffedYear.UnconstrainedResult"/> of a year of the same county with other officers, postings or
    /// joint weekdays, which the optimized annual planner does not read); null: solved here.</param>
    public StaffedYear Plan(Instance instance, PlannerOptions options, MonthlyPlannerOptions monthOptions,
        IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default, PlanResult? unconstrained = null)
    {
        unconstrained ??= AnnualPlanners.Create(PlannerKind.Optimized).Plan(instance, options, progress, cancellationToken);
        var ci = new CompiledInstance(instance);
        var schedules = PlanSchedules.From(ci, unconstrained.Plan);
        var ledger = new CapacityLedger(ci);
        var capacity = new StaffCapacity(instance);
        var staff = new StaffLoad(ci, capacity, schedules, Fill);
        foreach (var s in schedules)
        {
            ledger.Add(s);
            staff.Add(s);
        }
        // Two lower bounds on the visits staffing adds: visits forced into a month, and joint visits no team can carry.
        int priceBound = Math.Max(StaffingCheck.PriceBound(instance), JointVisitBound.Of(instance, unconstrained.Plan));

        var fit = new StaffFit(ci, schedules, ledger, staff);
        PlanResult Build() => PlanResults.Build(ci, schedules, "optimized", unconstrained.Status, unconstrained.Elapsed,
            unconstrained.PerEnterpriseBound, unconstrained.PerEnterpriseBoundExact, staff.Full) with { Work = unconstrained.Work };
        var loop = new StaffingRounds<PlanResult>(instance, ci, fit, staff, 1, Build, a => a.Plan, a => (a.Figures.Unassigned, a.Figures.Visits));
        var best = loop.Run(monthOptions, StaffingRounds<PlanResult>.MaxRounds,
            (round, annual) => progress?.Report(new SolveProgress($"staffing round {round}: the twelve months", 0.9, annual.Figures.Visits,
                annual.Figures.Unassigned, unconstrained.PerEnterpriseBound, unconstrained.Elapsed)),
            cancellationToken);
        (PlanResult Annual, IReadOnlyList<MonthlyPlanResult> Months, int Left) chosen = best is { } b ? (b.Year, b.Months, b.Left) : (unconstrained, Array.Empty<MonthlyPlanResult>(), 0);
        // Sibling visits merged back, again on the merged months while a pass merges more.
        if (YearMerge.RunPasses(ci, chosen.Annual.Plan, chosen.Months, cancellationToken) is { } merged)
            chosen = (chosen.Annual with { Plan = merged.Annual, Figures = merged.Figures }, merged.Months, merged.Months.Sum(m => m.Figures.Unscheduled));
        return new StaffedYear
        {
            Annual = chosen.Annual,
            Months = chosen.Months,
            UnconstrainedVisits = unconstrained.Figures.Visits,
            Unconstrained = unconstrained.Plan,
            UnconstrainedResult = unconstrained,
            StaffingPriceBound = priceBound,
            Rounds = loop.Rounds,
        };
    }

}

using Scheduler.Domain.Plans;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// A replan fitted to the county's officers, as the staffed year is (<see cref="StaffedYearPlanner"/>, the same
/// <see cref="StaffingRounds{TYear}"/>): the replanned year's months from the frozen one on are planned, and where they
/// leave visits out the department-township-months get tighter limits and <see cref="StaffFit"/> moves or splits visits
/// after the frozen month — history and the frozen month are fixed (pinned visits use their month's officers all the
/// same), the enterprises the replan re-planned are changed first, and of changes costing the same visits the one moving
/// fewest checks out of their month is taken. A replan nothing touched changes nothing: its months are only planned.
/// </summary>
internal sealed class StaffedReplan(CompiledInstance ci, AnnualPlan previous, int from, bool fromScratch, PlanHistory history)
{
    /// <summary>Enterprises the chosen year's fit changed (beside those the replan re-planned).</summary>
    public IReadOnlyCollection<int> Refitted { get; private set; } = [];

    public int KeptFutureVisits { get; private set; }

    public IReadOnlyList<StaffRound> Rounds { get; private set; } = [];

    /// <summary>Wall-clock time of the chosen year's months planned in order with every step.</summary>
    public TimeSpan MonthsElapsed { get; private set; }

    public (AnnualPlan Plan, IReadOnlyList<MonthlyPlanResult> Months) Run(MonthlyPlannerOptions monthOptions, CancellationToken cancellationToken)
    {
        var parts = history.Parts;
        // Pinned visits first in each month (the assembler matches them by that order); touched enterprises as re-planned.
        var schedules = parts.Select(p => p.Result ?? p.AsSchedule(p.Pinned.Concat(p.Future), [])).ToArray();
        var original = (EnterpriseSchedule[])schedules.Clone();
        var ledger = new CapacityLedger(ci);
        var staff = new StaffLoad(ci, new StaffCapacity(ci.Source), schedules, StaffedYearPlanner.Fill);
        foreach (var s in schedules)
        {
            ledger.Add(s);
            staff.Add(s);
        }
        var preferred = parts.Where(p => p.Touched).Select(p => p.Enterprise).ToHashSet();
        // The scratch yardstick may change its first month; a replan keeps it frozen.
        var scope = new StaffFitScope(fromScratch ? from - 1 : from, preferred, CountMoves: !fromScratch);
        var fit = new StaffFit(ci, schedules, ledger, staff, scope);

        Assembled Build()
        {
            var refitted = new Dictionary<int, EnterpriseSchedule>();
            for (int e = 0; e < schedules.Length; e++)
                if (!ReferenceEquals(schedules[e], original[e])) refitted[e] = schedules[e];
            var assembler = new ReplanAssembler(ci, previous, from);
            var plan = assembler.Assemble(parts, ledger, refitted);
            return new Assembled(plan, refitted.Keys.ToList(), assembler.KeptFutureVisits);
        }
        var loop = new StaffingRounds<Assembled>(ci.Source, ci, fit, staff, from, Build, a => a.Plan, a => (a.Plan.Unassigned.Count, a.Plan.Visits.Count));
        Assembled year;
        IReadOnlyList<MonthlyPlanResult> months;
        if (preferred.Count == 0)
        {
            // Nothing changed: the plan stays as published; only its months are planned.
            year = Build();
            months = loop.FinalMonths(year.Plan, monthOptions, cancellationToken);
        }
        else if (loop.Run(monthOptions, StaffingRounds<Assembled>.MaxRounds, null, cancellationToken) is { } best)
            (year, months) = (best.Year, best.Months);
        else
        {
            year = Build();
            months = [];
        }
        foreach (var e in year.Refitted) parts[e].Touch("fitted to the officers: a visit moved or a department's checks split off where the months ran short");
        (Refitted, KeptFutureVisits, Rounds, MonthsElapsed) = (year.Refitted, year.KeptFutureVisits, loop.Rounds, loop.FinalElapsed);
        return (year.Plan, months);
    }

    /// <summary>One round's year written as a plan, with the enterprises the fit had changed then.</summary>
    private sealed record Assembled(AnnualPlan Plan, IReadOnlyList<int> Refitted, int KeptFutureVisits);
}

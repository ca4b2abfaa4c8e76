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
    /// <summary>Enterprises no change touched that the chosen year's fit changed (they are re-planned too, for the officers' sake).</summary>
    public IReadOnlyCollection<int> Refitted { get; private set; } = [];

    public int KeptFutureVisits { get; private set; }

    public IReadOnlyList<StaffRound> Rounds { get; private set; } = [];

    /// <summary>Wall-clock time of the chosen year's months planned in order with every step.</summary>
    public TimeSpan MonthsElapsed { get; private set; }

    public (AnnualPlan Plan, IReadOnlyList<MonthlyPlanResult> Months) Run(MonthlyPlannerOptions monthOptions, CancellationToken cancellationToken)
    {
        var parts = history.Parts;
        // Pinned visits first in each month (the assembler matches them by that order); touched enterprises as re-planned.
        var schedules = parts.Select(p => p.Current()).ToArray();
        var original = (EnterpriseSchedule[])schedules.Clone();
        var ledger = new CapacityLedger(ci);
        var staff = new StaffLoad(ci, new StaffCapacity(ci.Source), schedules, StaffedYearPlanner.Fill);
        foreach (var s in schedules)
        {
            ledger.Add(s);
            staff.Add(s);
        }
        var preferred = parts.Where(p => p.Touched).Select(p => p.Enterprise).ToHashSet();
        // The scratch yardstick may change its first month and every enterprise; a replan keeps the frozen month and first
        // changes only the enterprises it re-planned.
        var scope = new StaffFitScope(fromScratch ? from - 1 : from, preferred, CountMoves: !fromScratch, OnlyPreferred: !fromScratch);

        var fits = new List<StaffFit>();
        Assembled Build()
        {
            var refitted = new Dictionary<int, EnterpriseSchedule>();
            for (int e = 0; e < schedules.Length; e++)
                if (!ReferenceEquals(schedules[e], original[e])) refitted[e] = schedules[e];
            var assembler = new ReplanAssembler(ci, previous, from, !fromScratch, staff.Full);
            var plan = assembler.Assemble(parts, ledger, refitted);
            // What the fits' placing did so far, as it stands in this year (an enterprise changed back has no cause).
            var causes = fits.SelectMany(f => f.Causes).Where(kv => refitted.ContainsKey(kv.Key))
                .GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(kv => kv.Value).Distinct().ToList());
            return new Assembled(plan, refitted.Keys.ToList(), assembler.KeptFutureVisits, causes);
        }
        // With the published months kept, a round that places under 10% more stops the quick rounds: what is left then goes to
        // the final months and the refine (seed 1: 876, 351, 254, 223, then 221, 221, 221 for 2 s more; seed 2: 944, 357, 258,
        // 242, then 238 for 0.5 s more).
        bool keepsPublished = monthOptions.Published is not null;
        (MonthsMemo Quick, MonthsMemo Final) memo = (new(), new());
        StaffFit Fit(StaffFitScope s)
        {
            var fit = new StaffFit(ci, schedules, ledger, staff, s);
            fits.Add(fit);
            return fit;
        }
        StaffingRounds<Assembled> Loop(StaffFitScope s) => new(ci.Source, ci, Fit(s), staff, from, Build,
            a => a.Plan, a => (a.Plan.Unassigned.Count, a.Plan.Visits.Count))
        { StaleRounds = keepsPublished ? 1 : 2, MinProgress = keepsPublished ? 0.10 : 0.02, Memo = memo };
        var loop = Loop(scope);
        var rounds = new List<StaffRound>();
        var elapsed = TimeSpan.Zero;
        Assembled year;
        IReadOnlyList<MonthlyPlanResult> months;
        if (preferred.Count == 0)
        {
            // Nothing changed: the plan stays as published; only its months are planned.
            year = Build();
            months = loop.FinalMonths(year.Plan, monthOptions, cancellationToken);
            elapsed = loop.FinalElapsed;
        }
        else if (loop.Run(monthOptions, StaffingRounds<Assembled>.MaxRounds, null, cancellationToken, finalMonths: false) is { } best)
        {
            var chosen = best;
            var other = loop;
            if (keepsPublished)
            {
                monthOptions = monthOptions.Copy();
                // No month-wide re-staffing (CP-SAT over every officer of the scarce departments on all the month's dates): a
                // month served as planned here is planned again by the next replan, or by `scheduler month` with every step.
                // Where it ran it was the replan's lottery: one model of 13,932 variables took 3 s of seed 3's frozen month to
                // place one visit (0.2 deterministic s a stage; it runs only where the repair leaves the few visits out that a
                // model is built for), and later months' re-staffing placed 2-3 visits for 1.1-2.9 s (session 12).
                monthOptions.Restaff = false;
                // Months that keep the published team-days are quick with every step: the chosen year gets its final months at
                // once. Where they leave more out than the staffed year's goal, the limits are taken as they now stand, tightened
                // only where those months leave visits out, and any enterprise may change for them (the published team-days of
                // the others stay): fewer visits unscheduled for a few split or moved.
                if (!cancellationToken.IsCancellationRequested) chosen = loop.Finish(chosen, monthOptions, cancellationToken);
                if (chosen.Left > AllowedLeft(chosen.Year.Plan) && !cancellationToken.IsCancellationRequested)
                {
                    staff.AcceptUse();
                    other = Loop(scope with { OnlyPreferred = false });
                    chosen = other.Refine(chosen, monthOptions, RefineRounds, cancellationToken);
                }
            }
            else
            {
                // Where changing the re-planned enterprises alone leaves more out than the staffed year's goal, the others may change
                // too (their rounds go on from the limits tightened so far); the better year then gets its months in order.
                if (scope.OnlyPreferred && best.Left > AllowedLeft(best.Year.Plan) && !cancellationToken.IsCancellationRequested)
                {
                    other = Loop(scope with { OnlyPreferred = false });
                    if (other.Run(monthOptions, StaffingRounds<Assembled>.MaxRounds, null, cancellationToken, finalMonths: false) is { } wider
                        && (wider.Year.Plan.Unassigned.Count + wider.Left, wider.Year.Plan.Visits.Count).CompareTo((best.Year.Plan.Unassigned.Count + best.Left, best.Year.Plan.Visits.Count)) < 0)
                        chosen = wider;
                }
                if (!cancellationToken.IsCancellationRequested) chosen = loop.Finish(chosen, monthOptions, cancellationToken);
            }
            rounds.AddRange(loop.Rounds);
            if (other != loop) rounds.AddRange(other.Rounds);
            (year, months, elapsed) = (chosen.Year, chosen.Months, other.FinalElapsed + (other != loop ? loop.FinalElapsed : TimeSpan.Zero));
        }
        else
        {
            year = Build();
            months = [];
        }
        if (SolverTrace.Staff)
            Console.Error.WriteLine($"[replan] months planned {memo.Quick.Planned + memo.Final.Planned}, remembered {memo.Quick.Remembered + memo.Final.Remembered}");
        foreach (var e in year.Refitted)
        {
            var placing = year.Causes.GetValueOrDefault(e) ?? [];
            // A change the placing alone made is named as such; one of the fit's moves or splits as before.
            if (placing.Count == 0 || fits.Any(f => f.Relieved.Contains(e))) parts[e].Touch("fitted to the officers: a visit moved or a department's checks split off where the months ran short");
            foreach (var cause in placing) parts[e].Touch(cause);
        }
        (Refitted, KeptFutureVisits, Rounds, MonthsElapsed) =
            (year.Refitted.Where(e => !preferred.Contains(e)).ToList(), year.KeptFutureVisits, rounds, elapsed);
        return (year.Plan, months);
    }

    /// <summary>Rounds on the final months after a replan's quick rounds when its months keep the published team-days: on a
    /// 12,000-enterprise county with 370 officers the first placed 18 more visits for 158 split (2.4 s of months), the
    /// second 11 for 116 and the third 5 for 73, their months 13 and 18 s (more months then re-staff on CP-SAT).</summary>
    private const int RefineRounds = 1;

    /// <summary>Issue 10's goal for a staffed year: under 0.2% of the visits unscheduled (here of the months from the frozen one on).</summary>
    private int AllowedLeft(AnnualPlan plan) => (int)(plan.Visits.Count(v => v.Month >= from) * 0.002);

    /// <summary>One round's year written as a plan, with the enterprises the fit had changed then.</summary>
    private sealed record Assembled(AnnualPlan Plan, IReadOnlyList<int> Refitted, int KeptFutureVisits, IReadOnlyDictionary<int, IReadOnlyList<string>> Causes);
}

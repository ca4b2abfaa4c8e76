using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// The staffing loop of a year planned from scratch (<see cref="StaffedYearPlanner"/>) and of a replan fitted to the
/// officers (<see cref="Replanning.Replanner"/>): fit the annual plan to the officers (<see cref="StaffFit"/>), plan the
/// months from <c>firstMonth</c> on quickly side by side, and where they leave visits out tighten those
/// department-township-months (<see cref="Tighten"/>) and fit again — until nothing is left out, a round changes nothing
/// or rounds stop placing more. The best year (fewest unassigned + unscheduled, then fewest visits) then gets its months
/// in order with every step. Deterministic for the same inputs and seed.
/// </summary>
/// <typeparam name="TYear">What one round's annual plan is built into (the year's plan result, a replan's assembled plan).</typeparam>
internal sealed class StaffingRounds<TYear>(Instance instance, CompiledInstance ci, StaffFit fit, StaffLoad staff, int firstMonth,
    Func<TYear> build, Func<TYear, AnnualPlan> planOf, Func<TYear, (int Unassigned, int Visits)> figuresOf)
{
    /// <summary>At most this many rounds (each: a fit, the months quickly); on the 370-officer 12,000 county the rounds
    /// leave 4,191, 680, 250, 180, 125, 103, 72, 56 visits out, then stall around 50.</summary>
    public const int MaxRounds = 10;

    /// <summary>The loop stops when this many rounds in a row leave no fewer visits out than the best so far, or fewer by
    /// less than <see cref="MinProgress"/> of them (a replan's rounds leave 876, 351, 254, 223, 221, 221, 221 out).</summary>
    public int StaleRounds { get; init; } = 2;

    /// <summary>The share of the best round's left-out visits a round must place (unassigned plus unscheduled fewer by at
    /// least this share of its unscheduled) to count as progress.</summary>
    public double MinProgress { get; init; } = 0.02;

    private bool Progress(int best, int now, int bestLeft) => now < best && best - now >= MinProgress * bestLeft;

    /// <summary>Deterministic seconds of a date's CP-SAT staffing in the best year's months: none, the greedy draw with the
    /// repair (measured on the 370-officer county: 44 left out in 17 s, against 49 in 35 s with 0.2).</summary>
    private const double FinalStaffingWork = 0;

    /// <summary>The best year's months re-staff a month's joint days only where at most this many visits are left out.</summary>
    private const int FinalRestaffLimit = 5;

    /// <summary>Deterministic seconds of each re-staffing stage in the best year's months (the default is
    /// <see cref="JointRestaffing.DefaultWork"/>, 1.5): on the 370-officer 12,000 county (seeds 1/2/3) 1.5 placed 2 / 2 / 0
    /// visits more than 0.5, and the year took 86 / 115 / 89 s against 84 / 80 / 72 s (the re-staffing took 48 of seed 2's
    /// 53 s of final months, for 4 visits). `scheduler month` plans a month with the default.</summary>
    private const double FinalRestaffWork = 0.5;

    /// <summary>Deterministic seconds of a date's CP-SAT staffing in the loop's months: none, the greedy draw alone tells where
    /// the officers fall short (the best year gets the default).</summary>
    private const double QuickStaffingWork = 0;


    public List<StaffRound> Rounds { get; } = [];

    /// <summary>Where a replan's months planned side by side are remembered (<see cref="MonthsMemo"/>): the quick months of
    /// the rounds and the final months; the loops of one replan share it. Null: every month is planned each time.</summary>
    public (MonthsMemo Quick, MonthsMemo Final)? Memo { get; init; }

    /// <summary>The best year with its months (<c>firstMonth</c>..12) and the visits they leave out; null when cancelled before a round.</summary>
    /// <param name="finalMonths">False: the best round's quick months are returned as they are (the caller plans the final months
    /// of the year it chooses with <see cref="FinalMonths"/>).</param>
    public (TYear Year, IReadOnlyList<MonthlyPlanResult> Months, int Left)? Run(MonthlyPlannerOptions monthOptions, int maxRounds,
        Action<int, TYear>? roundStarted, CancellationToken cancellationToken, bool finalMonths = true)
    {
        (TYear Year, IReadOnlyList<MonthlyPlanResult> Months, int Left)? best = null;
        IReadOnlySet<(int, int)>? first = null;
        var planner = new MonthlyPlanner();
        // The loop's months skip the repair and the month-wide re-staffing and are planned side by side without the rotation
        // history (a round's job is to find where the officers fall short); the best year then gets its months in order with every step.
        var quick = monthOptions.Copy();
        (quick.Repair, quick.Restaff, quick.StaffingWork, quick.IndependentMonths) = (false, false, QuickStaffingWork, true);
        int stale = 0;
        for (int round = 1; round <= maxRounds && stale < StaleRounds && !cancellationToken.IsCancellationRequested; round++)
        {
            var fitClock = System.Diagnostics.Stopwatch.StartNew();
            var (moves, splits, placed) = fit.Run(first, cancellationToken);
            double fitSeconds = fitClock.Elapsed.TotalSeconds;
            if (round > 1 && moves + splits + placed == 0) break;
            var year = build();
            var (unassigned, visits) = figuresOf(year);
            roundStarted?.Invoke(round, year);
            var months = Memo is { } memo ? memo.Quick.Plan(instance, planOf(year), quick, quick, firstMonth, cancellationToken)
                : planner.PlanYear(instance, planOf(year), quick, null, cancellationToken, firstMonth);
            int left = months.Sum(m => m.Figures.Unscheduled);
            Rounds.Add(new StaffRound(round, moves, splits, visits, left));
            if (SolverTrace.Staff)
                Console.Error.WriteLine($"[staff] round {round}: moves {moves}, splits {splits}, placed {placed} (visits moved for room so far {fit.RoomMoves}), visits {visits}, unscheduled {left}, overflow left {staff.TotalOverflow}, fit {fitSeconds:0.0} s, months {months.Sum(m => m.Elapsed.TotalSeconds):0.0} s");
            if (best is null || Rank(year, left).CompareTo(Rank(best.Value.Year, best.Value.Left)) < 0)
            {
                stale = best is { } b && !Progress(figuresOf(b.Year).Unassigned + b.Left, unassigned + left, b.Left) ? stale + 1 : 0;
                best = (year, months, left);
            }
            else stale++;
            if (left == 0) break;
            first = Tighten(planOf(year), months);
        }
        if (!finalMonths || best is not { } chosen || chosen.Months.Count == 0 || cancellationToken.IsCancellationRequested) return best;
        return Finish(chosen, monthOptions, cancellationToken);
    }

    /// <summary>A round's year with its months planned in order with every step (<see cref="FinalMonths"/>), kept when they leave no more out.</summary>
    public (TYear Year, IReadOnlyList<MonthlyPlanResult> Months, int Left) Finish((TYear Year, IReadOnlyList<MonthlyPlanResult> Months, int Left) chosen,
        MonthlyPlannerOptions monthOptions, CancellationToken cancellationToken)
    {
        var full = FinalMonths(planOf(chosen.Year), monthOptions, cancellationToken);
        int fullLeft = full.Sum(m => m.Figures.Unscheduled);
        return fullLeft <= chosen.Left && full.Count == chosen.Months.Count ? (chosen.Year, full, fullLeft) : chosen;
    }

    /// <summary>
    /// Rounds on the final months themselves (<see cref="FinalMonths"/>), for a replan whose months keep the published
    /// team-days and so are quick with every step: tighten where the chosen year's months still leave visits out, fit,
    /// plan the months again; kept while a round leaves fewer out (then fewer visits), at most <paramref name="maxRounds"/>.
    /// </summary>
    public (TYear Year, IReadOnlyList<MonthlyPlanResult> Months, int Left) Refine((TYear Year, IReadOnlyList<MonthlyPlanResult> Months, int Left) chosen,
        MonthlyPlannerOptions monthOptions, int maxRounds, CancellationToken cancellationToken)
    {
        var best = chosen;
        var elapsed = FinalElapsed;
        for (int round = 1; round <= maxRounds && best.Left > 0 && !cancellationToken.IsCancellationRequested; round++)
        {
            var (moves, splits, placed) = fit.Run(Tighten(planOf(best.Year), best.Months), cancellationToken);
            if (moves + splits + placed == 0) break;
            var year = build();
            var months = FinalMonths(planOf(year), monthOptions, cancellationToken);
            elapsed += FinalElapsed;
            int left = months.Sum(m => m.Figures.Unscheduled);
            int visits = figuresOf(year).Visits;
            Rounds.Add(new StaffRound(Rounds.Count + 1, moves, splits, visits, left));
            if (SolverTrace.Staff) Console.Error.WriteLine($"[staff] refine {round}: moves {moves}, splits {splits}, placed {placed} (visits moved for room so far {fit.RoomMoves}), visits {visits}, unscheduled {left}");
            if (months.Count != best.Months.Count || Rank(year, left).CompareTo(Rank(best.Year, best.Left)) >= 0) break;
            best = (year, months, left);
        }
        FinalElapsed = elapsed;
        return best;
    }

    /// <summary>A year's order of quality (issue 10): unassigned plus the visits its months leave out, then visits; lower is better.</summary>
    private (int Left, int Visits) Rank(TYear year, int left) => (figuresOf(year).Unassigned + left, figuresOf(year).Visits);

    /// <summary>Wall-clock time of <see cref="FinalMonths"/> (the months planned in order with every step).</summary>
    public TimeSpan FinalElapsed { get; private set; }

    /// <summary>
    /// The best year's months (<c>firstMonth</c>..12) in order (a replan's that keep the published months: side by side), with the rotation history and the repair; the month-wide
    /// re-staffing only where a handful is left: its one model of a month's joint days grows with the county.
    /// </summary>
    public IReadOnlyList<MonthlyPlanResult> FinalMonths(AnnualPlan plan, MonthlyPlannerOptions monthOptions, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var final = monthOptions.Copy();
        // A replan's months keep the published team-days (officers as published): planned side by side, they differ from
        // months planned in order with the rotation history only where a new team's officers tie (seed 1: 2 of 12,358 kept
        // visits' teams), and take half the time on two cores.
        final.IndependentMonths = monthOptions.Published is not null;
        final.RestaffLimit = Math.Min(monthOptions.RestaffLimit, FinalRestaffLimit);
        final.StaffingWork = Math.Min(monthOptions.StaffingWork, FinalStaffingWork);
        final.RestaffWork = Math.Min(monthOptions.RestaffWork, FinalRestaffWork);
        var full = final.IndependentMonths && Memo is { } memo ? memo.Final.Plan(instance, plan, final, monthOptions, firstMonth, cancellationToken)
            : new MonthlyPlanner().PlanYear(instance, plan, final, null, cancellationToken, firstMonth);
        FinalElapsed = clock.Elapsed;
        if (SolverTrace.Staff) Console.Error.WriteLine($"[staff] final months: unscheduled {full.Sum(m => m.Figures.Unscheduled)}, {full.Sum(m => m.Elapsed.TotalSeconds):0.0} s ({string.Join(", ", full.Select(m => $"{m.Plan.Month}: {m.Elapsed.TotalSeconds:0.0}"))})");
        return full;
    }

    /// <summary>
    /// Each visit left out for want of officers lowers the limits of the departments that ran short (their joint cells
    /// for a joint visit, their all-visits cells otherwise; in its township, county-wide and, where no officer of the department is posted, among the townships its county-level
    /// officers alone serve) to what the months carried;
    /// returns the (enterprise, month) of those visits, which the next fit changes first.
    /// </summary>
    private HashSet<(int, int)> Tighten(AnnualPlan annual, IReadOnlyList<MonthlyPlanResult> months)
    {
        var visits = annual.Visits.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var left = new Dictionary<StaffCell, int>();
        var where = new HashSet<(int, int)>();
        foreach (var month in months)
            foreach (var (visitId, departments) in month.ShortDepartments.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                if (!visits.TryGetValue(visitId, out var v)) continue;
                int e = ci.EnterpriseIndex[v.Enterprise];
                where.Add((e, v.Month));
                bool joint = v.Tasks.Select(t => ci.Needs[ci.NeedIndex[t.Need]].Department).Distinct().Count() > 1;
                foreach (var id in departments)
                {
                    if (!ci.DepartmentIndex.TryGetValue(id, out int d)) continue;
                    foreach (var cell in staff.CellsAt(joint, d, e, v.Month)) left[cell] = left.GetValueOrDefault(cell) + 1;
                }
            }
        foreach (var (cell, count) in left) staff.Tighten(cell, staff.Use(cell) - count);
        return where;
    }
}

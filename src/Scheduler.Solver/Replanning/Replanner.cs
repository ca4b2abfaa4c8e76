using System.Diagnostics;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Work;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// Replans a changed year from month <c>from</c> (docs/replanning.md): months before it are history and keep their visits
/// as recorded (done and unreported visits pinned; occurrences of visits not done come back into the rest of the year);
/// the month itself is frozen except where a change forces it; an enterprise no change touches keeps its plan; the
/// touched ones are re-planned on CP-SAT around their pinned visits, preferring the previous plan's months, within the
/// capacity the rest leaves; with the staff fitted (the default of the CLI and the service) the months from the frozen
/// one on are then fitted to the officers as the staffed year is (<see cref="StaffedReplan"/>). Deterministic for the
/// same inputs and seed.
/// </summary>
public static class Replanner
{
    /// <summary>Deterministic seconds of one group's solve.</summary>
    private const double GroupWork = 0.05;

    /// <summary>
    /// The problems <see cref="Replan"/> would refuse these inputs with (history that does not fit the changed instance or
    /// the records, capacities below what history and the frozen month keep), without solving; none when it can replan.
    /// </summary>
    public static IReadOnlyList<InputError> Check(Instance changed, AnnualPlan previous, int from, RecordSet? records)
    {
        var ci = new CompiledInstance(changed);
        var history = PlanHistory.Analyse(ci, previous, from, records);
        var ledger = new CapacityLedger(ci);
        foreach (var part in history.Parts)
        {
            ledger.Add(part.AsSchedule(part.Pinned, []));
            if (!part.Touched) ledger.Add(part.AsSchedule(part.Future, []));
        }
        return [.. history.Problems, .. FreeOverfullCells(ci, history, ledger, from)];
    }

    /// <param name="fromScratch">
    /// The yardstick: every enterprise re-planned after the same history, month <paramref name="from"/> included, the previous
    /// plan not preferred (it only proves a part already least where it meets the bound).
    /// </param>
    /// <param name="fitStaff">
    /// Staff mode fit (the default of `scheduler replan` and of the service): the replanned year fitted to the county's
    /// officers as the staffed year is (<see cref="StaffedReplan"/>), with these options for its months, which the result
    /// holds (<see cref="ReplanResult.Months"/>, month <paramref name="from"/> to December). Null: staff ignored, the
    /// annual plan fitted to the capacities alone.
    /// </param>
    /// <param name="published">
    /// The previous plan's monthly plans (any months; those from <paramref name="from"/> on are used): with the staff fitted and not
    /// from scratch, each replanned month keeps their team-days where they still hold and plans only the rest around them, so
    /// officers and companions stay as published and the fit's rounds start from the published months instead of from nothing.
    /// </param>
    public static ReplanResult Replan(Instance changed, AnnualPlan previous, int from, RecordSet? records, PlannerOptions options,
        CancellationToken cancellationToken = default, bool fromScratch = false, MonthlyPlannerOptions? fitStaff = null,
        IReadOnlyList<MonthlyPlan>? published = null)
    {
        var clock = Stopwatch.StartNew();
        var ci = new CompiledInstance(changed);
        var history = PlanHistory.Analyse(ci, previous, from, records, fromScratch);
        var ledger = new CapacityLedger(ci);
        foreach (var part in history.Parts)
        {
            ledger.Add(part.AsSchedule(part.Pinned, []));
            if (!part.Touched) ledger.Add(part.AsSchedule(part.Future, []));
        }
        var problems = history.Problems.Concat(FreeOverfullCells(ci, history, ledger, from)).ToList();
        if (problems.Count > 0) return new ReplanResult { Problems = problems, Elapsed = clock.Elapsed };

        var budget = new WorkBudget(options.Work, options.TimeLimit);
        var solver = new ReplanSolver(ci, from, !fromScratch);
        var insertion = new ReplanInsertion(ci, from, history.KnownNeeds, !fromScratch);
        var touched = history.Parts.Where(p => p.Touched).ToList();
        var open = new List<EnterprisePart>();
        foreach (var part in touched)
        {
            // The repaired previous plan settles most touched enterprises (a withdrawn need's tasks simply go).
            ledger.Remove(part.AsSchedule(part.Pinned, []));
            var hint = solver.Hint(part);
            if (hint.Unplaced.Count > 0) hint = insertion.Repair(part, hint, ledger);
            if (solver.HintIsBest(part, hint, ledger, complete: fitStaff is not null && !fromScratch)) part.Result = hint;
            else open.Add(part);
            ledger.Add(part.Result ?? part.AsSchedule(part.Pinned, []));
        }
        var openClock = Stopwatch.StartNew();
        var (solves, again) = SolveInOrder(open, solver, ledger, options, budget, cancellationToken);
        if (SolverTrace.Staff)
            Console.Error.WriteLine($"[replan] {touched.Count} enterprises re-planned, {solves} of them on CP-SAT ({again} solved again after the side-by-side pass), {openClock.Elapsed.TotalSeconds:0.0} s");

        // Occurrences left out because a department's months are full: re-planned with an enterprise that can move out of them.
        // The yardstick (from scratch) has no kept plan to make room in: every enterprise there was re-planned already.
        int roomPlaced = 0, roomMade = 0, roomFrozen = 0, frozenMoved = 0;
        if (!fromScratch)
        {
            var roomClock = Stopwatch.StartNew();
            var freed = new FreedCells(ci);
            var room = new ReplanRoom(ci, from, solver, freed, options.Workers);
            room.Run(history.Parts, ledger, options.Seed + solves, GroupWork, budget, cancellationToken);
            solves += room.Solves;
            (roomPlaced, roomMade, roomFrozen) = (room.Placed, room.Moved, room.FrozenReleased);
            if (SolverTrace.Staff)
                Console.Error.WriteLine($"[replan] room: {room.Solves} CP-SAT solves (probes and pairs), {room.Placed} occurrences placed, {room.Moved} enterprises moved ({room.FrozenReleased} in the frozen month), {roomClock.Elapsed.TotalSeconds:0.0} s");
            var releaseClock = Stopwatch.StartNew();
            var release = new FrozenRelease(ci, from, solver, freed);
            release.Run(history.Parts, ledger, options.Seed + solves, GroupWork, budget, cancellationToken);
            release.RunPartners(history.Parts, ledger, options.Seed + solves + release.Solves, GroupWork, budget, cancellationToken);
            solves += release.Solves;
            (roomPlaced, frozenMoved) = (roomPlaced + release.Placed, release.Released);
            if (SolverTrace.Staff)
                Console.Error.WriteLine($"[replan] release: {release.Solves} CP-SAT solves, {release.Placed} occurrences placed, {release.Released} published visits of month {from} moved out, {releaseClock.Elapsed.TotalSeconds:0.0} s");
            var bothClock = Stopwatch.StartNew();
            var (roomSolves, roomPlacedSoFar) = (room.Solves, room.Placed);
            room.RunReleasing(history.Parts, ledger, options.Seed + solves, GroupWork, budget, cancellationToken);
            solves += room.Solves - roomSolves;
            (roomPlaced, roomMade, roomFrozen, frozenMoved) = (roomPlaced + room.Placed - roomPlacedSoFar, room.Moved, room.FrozenReleased, frozenMoved + room.Released);
            if (SolverTrace.Staff)
                Console.Error.WriteLine($"[replan] room and release together: {room.Solves - roomSolves} CP-SAT solves, {room.Placed - roomPlacedSoFar} occurrences placed, {room.Released} published visits of month {from} moved out, {bothClock.Elapsed.TotalSeconds:0.00} s");
            var retryClock = Stopwatch.StartNew();
            var (retried, retryPlaced) = RetryWhereFreed(history.Parts, freed, solver, ledger, options.Seed + solves, budget, cancellationToken);
            (solves, roomPlaced) = (solves + retried, roomPlaced + retryPlaced);
            if (SolverTrace.Staff)
                Console.Error.WriteLine($"[replan] retry: {retried} enterprises re-planned once more ({freed.Count} cells freed), {retryPlaced} occurrences placed, {retryClock.Elapsed.TotalSeconds:0.00} s");
        }

        var annualElapsed = clock.Elapsed;
        AnnualPlan plan;
        int keptFuture;
        StaffedReplan? staffed = null;
        IReadOnlyList<MonthlyPlanResult> months = [];
        if (fitStaff is null)
        {
            var assembler = new ReplanAssembler(ci, previous, from, !fromScratch);
            plan = assembler.Assemble(history.Parts, ledger);
            keptFuture = assembler.KeptFutureVisits;
        }
        else
        {
            staffed = new StaffedReplan(ci, previous, from, fromScratch, history);
            var monthOptions = fitStaff;
            if (published is { Count: > 0 } && !fromScratch)
            {
                monthOptions = fitStaff.Copy();
                monthOptions.Published = published.Where(m => m.Month >= from).GroupBy(m => m.Month).ToDictionary(g => g.Key, g => g.First());
            }
            (plan, months) = staffed.Run(monthOptions, cancellationToken);
            keptFuture = staffed.KeptFutureVisits;
        }
        var check = PlanChecker.Check(changed, plan);
        if (!check.Valid)
            throw new InvalidOperationException($"the replan built an invalid plan (a bug): {string.Join("; ", check.Violations.Take(5))}");
        return new ReplanResult
        {
            Plan = plan,
            Figures = check.Figures,
            Touched = history.Parts.Where(p => p.Touched).ToDictionary(p => ci.EnterpriseIds[p.Enterprise], p => (IReadOnlyList<string>)p.Causes.ToList()),
            StaffFitted = staffed is not null,
            Months = months,
            StaffRounds = staffed?.Rounds ?? [],
            Refitted = staffed?.Refitted.Count ?? 0,
            AnnualElapsed = annualElapsed,
            MonthsElapsed = staffed?.MonthsElapsed ?? TimeSpan.Zero,
            NotDoneVisits = history.NotDoneVisits,
            UnreportedVisits = history.UnreportedVisits,
            FrozenChanged = history.FrozenChanged + Reshaped(history.Parts, from) + frozenMoved,
            KeptFutureVisits = keptFuture,
            PreviousFutureVisits = previous.Visits.Count(v => v.Month > from),
            Solves = solves,
            RoomPlaced = roomPlaced,
            RoomMade = roomMade,
            RoomFrozen = roomFrozen,
            FrozenMoved = frozenMoved,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// Each part re-planned alone in order on the ledger as the ones before it left it (seed: the options' plus its position),
    /// its pinned visits alone where CP-SAT finds nothing. With two workers or more every part is first solved side by side
    /// on a copy of the ledger as it stands before any of them (the part's own pinned visits taken out), and in order each
    /// solve is kept where the model it built is the one the ledger then builds (<see cref="CapacityReads"/>: the cells it
    /// bounds have the same room, the others still room for all its uses), else solved again. So the results are those of
    /// the parts solved one by one, whatever the workers (seed 3 of the replan bench: 54 of 424 solved again). Returns the solves
    /// counted (one a part) and those made again.
    /// </summary>
    private static (int Solves, int Again) SolveInOrder(List<EnterprisePart> open, ReplanSolver solver, CapacityLedger ledger, PlannerOptions options,
        WorkBudget budget, CancellationToken cancellationToken)
    {
        bool Stopped() => cancellationToken.IsCancellationRequested || budget.SafetyReached;
        IReadOnlyList<EnterpriseSchedule>? SolveAt(int i, CapacityLedger on, CapacityReads? reads = null) =>
            solver.Solve([open[i]], on, options.Seed + i, GroupWork, budget, cancellationToken, reads: reads);
        var ahead = new (IReadOnlyList<EnterpriseSchedule>? Solved, CapacityReads Reads)?[open.Count];
        if (options.Workers > 1 && open.Count > 1)
        {
            var start = ledger.Clone();
            Parallel.For(0, open.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Workers }, i =>
            {
                if (Stopped()) return;
                var mine = start.Clone();
                mine.Remove(open[i].AsSchedule(open[i].Pinned, []));
                var reads = new CapacityReads();
                ahead[i] = (SolveAt(i, mine, reads), reads);
            });
        }
        int again = 0;
        IReadOnlyList<EnterpriseSchedule>? SolveAgain(int i)
        {
            if (ahead[i] is not null) again++;
            return SolveAt(i, ledger);
        }
        for (int i = 0; i < open.Count; i++)
        {
            ledger.Remove(open[i].AsSchedule(open[i].Pinned, []));
            var solved = Stopped() ? null : ahead[i] is { } a && a.Reads.Hold(ledger) ? a.Solved : SolveAgain(i);
            open[i].Result = solved?[0] ?? solver.PinnedOnly(open[i]);
            ledger.Add(open[i].Result!);
        }
        return (open.Count, again);
    }

    /// <summary>
    /// Room made after an enterprise was re-planned may now hold what it left out: each enterprise still leaving occurrences
    /// out whose needs allow a department-month where room was freed and is still free is re-planned alone once more, kept
    /// when fewer stay unplaced. Returns the solves made and the occurrences placed.
    /// </summary>
    private static (int Solves, int Placed) RetryWhereFreed(IEnumerable<EnterprisePart> parts, FreedCells freed, ReplanSolver solver,
        CapacityLedger ledger, int seed, WorkBudget budget, CancellationToken cancellationToken)
    {
        int solves = 0, placed = 0;
        foreach (var part in parts.Where(p => p.Touched && p.Result is { Unplaced.Count: > 0 } r && r.Unplaced.Any(n => freed.Touches(n, ledger))))
        {
            if (cancellationToken.IsCancellationRequested || budget.SafetyReached) break;
            placed += solver.Again(part, ledger, seed + solves, GroupWork, budget, cancellationToken);
            solves++;
        }
        return (solves, placed);
    }

    /// <summary>The frozen month's published visits the solves changed: a task taken to place an occurrence, or a check given up to make room.</summary>
    private static int Reshaped(IEnumerable<EnterprisePart> parts, int from) => parts.Where(p => p.Result is not null).Sum(p =>
    {
        var pinned = p.Pinned.Where(v => v.Month == from).ToList();
        var planned = p.Result!.Visits.Where(v => v.Month == from).Take(pinned.Count);
        return pinned.Zip(planned).Count(x => !x.First.Needs.SequenceEqual(x.Second.Needs.Order()));
    });

    /// <summary>
    /// Where the changed capacities no longer hold what is kept: after the frozen month, untouched enterprises using the
    /// cell are re-planned (in instance order) until it fits; in the history or the frozen month it is a problem.
    /// </summary>
    private static IEnumerable<InputError> FreeOverfullCells(CompiledInstance ci, PlanHistory history, CapacityLedger ledger, int from)
    {
        for (int d = 0; d < ci.DepartmentCount; d++)
            for (int m = 1; m <= 12; m++)
            {
                if (!ledger.IsBounded(d, m) || ledger.Used(d, m) <= ledger.Capacity(d, m)) continue;
                if (m <= from)
                {
                    int row = ci.Source.Capacities.ToList().FindIndex(c => c.Department == ci.DepartmentIds[d] && c.Month == m);
                    yield return new InputError($"$.capacities[{row}].visits", $"{ci.DepartmentIds[d]} already has {ledger.Used(d, m)} visits kept in month {m} (history or the frozen month), more than the capacity {ledger.Capacity(d, m)}");
                    continue;
                }
                foreach (var part in history.Parts.Where(p => !p.Touched && p.Future.Any(v => v.Month == m && v.Needs.Any(n => ci.Needs[n].Department == d))))
                {
                    if (ledger.Used(d, m) <= ledger.Capacity(d, m)) break;
                    ledger.Remove(part.AsSchedule(part.Future, []));
                    part.Touch($"the capacity of {ci.DepartmentIds[d]} in month {m} is lower");
                }
            }
    }
}

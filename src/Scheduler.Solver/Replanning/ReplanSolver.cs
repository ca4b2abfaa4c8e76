using Google.OrTools.Sat;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Cp;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Work;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// Re-plans a few touched enterprises together on CP-SAT: one merge model each (<see cref="EnterpriseMergeModel"/>) with
/// the pinned visits fixed in their slots, no new visit before the frozen month and at most one new visit in it, capacity
/// left by the rest of the plan (hard). The frozen month's pinned visits may take a task of a department already on them, and (for a partner making room)
/// give up their tasks of one department, but only where that places an occurrence. Lexicographic by weights: fewest
/// unassigned, then fewest tasks changed on the frozen month's published visits, then fewest visits, then fewest new
/// visits in the frozen month (it is opened only where that places an occurrence or saves a visit), then fewest changes
/// (a kept task that leaves its month), then fewest department-visits. The previous plan, repaired, is the hint.
/// </summary>
/// <param name="frozen">False for a plan from scratch after the history: month <paramref name="from"/> is open and nothing is preferred.</param>
internal sealed class ReplanSolver(CompiledInstance ci, int from, bool frozen = true)
{
    /// <summary>New schedules for the group (pinned visits first in each month), or null when CP-SAT found nothing.</summary>
    /// <param name="ledger">Capacity used by everything outside the group.</param>
    /// <param name="hints">The group's current schedules, in its order (default: the previous plan, repaired).</param>
    /// <param name="release">A part whose frozen-month joint visits may give up their tasks of a department (to make room in
    /// that department's capacity; <see cref="ReplanRoom"/>).</param>
    /// <param name="barred">Needs kept out of the frozen month: those of published visits taken out of it (<see cref="FrozenRelease"/>),
    /// which go to a later month, never back into a changed visit of the month.</param>
    /// <param name="reads">Where given, what the model read of the ledger (a solve made ahead on a copy is kept where it still holds).</param>
    /// <remarks>Reads the ledger and the parts, changes neither: solves of other groups on other ledgers may run beside it.</remarks>
    public IReadOnlyList<EnterpriseSchedule>? Solve(IReadOnlyList<EnterprisePart> group, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct,
        IReadOnlyList<EnterpriseSchedule>? hints = null, (EnterprisePart Part, int Department)? release = null, IReadOnlySet<int>? barred = null,
        CapacityReads? reads = null)
    {
        var model = new CpModel();
        var merges = new List<EnterpriseMergeModel>();
        var kept = new List<BoolVar>();
        var extra = new List<BoolVar>();
        var reshaped = new List<LinearExpr>();
        foreach (var part in group)
        {
            var merge = new EnterpriseMergeModel(model, ci, part.Enterprise, Slots(part), allowUnplaced: true);
            merges.Add(merge);
            foreach (var month in part.Pinned.GroupBy(v => v.Month))
            {
                int s = 0;
                foreach (var v in month)
                {
                    if (frozen && month.Key == from)
                    {
                        // A task of a department already on the visit: its team stays as published (a new department could not be staffed).
                        var on = v.Needs.Select(n => ci.Needs[n].Department).ToHashSet();
                        reshaped.Add(merge.PinOpen(model, month.Key, s++, v.Needs, Leavable(v, release?.Part == part ? release.Value.Department : -1),
                            n => on.Contains(ci.Needs[n].Department)));
                    }
                    else merge.Pin(model, month.Key, s++, v.Needs);
                }
                if (frozen && month.Key == from && s < merge.SlotCount(from)) extra.Add(merge.VisitVar(from, s));
            }
            if (frozen && !part.Pinned.Any(v => v.Month == from) && merge.SlotCount(from) > 0) extra.Add(merge.VisitVar(from, 0));
            if (barred is not null)
                foreach (int n in ci.NeedsOfEnterprise[part.Enterprise].Where(barred.Contains))
                    foreach (var x in merge.Serves(n, from)) model.Add(x == 0);
            if (!frozen) continue;
            foreach (var v in part.Future)
                foreach (var n in v.Needs) kept.AddRange(merge.Serves(n, v.Month));
        }
        CapacityRepair.AddCapacity(model, ci, merges, ledger, reads);

        var y = merges.SelectMany(m => m.VisitVars).ToList();
        var z = merges.SelectMany(m => m.DepartmentVars).ToList();
        var u = merges.SelectMany(m => m.UnplacedVars).ToList();
        // The frozen month's visits change at most by the needs the enterprise has (a task each), so that bounds the term.
        int reshapable = group.Sum(p => ci.NeedsOfEnterprise[p.Enterprise].Length * p.Pinned.Count(v => v.Month == from));
        // Which occurrences are left out comes last but for department-visits (the later-listed needs: EnterpriseMergeModel.LeftOutOrder),
        // unless its weights would grow the objective past what CP-SAT takes exactly.
        long orderMax = merges.Sum(m => m.LeftOutOrderMax);
        (long wChange, long wOpen, long wVisit, long wReshape, long wUnplaced) Weights(long wOrder)
        {
            long wChange = wOrder * (orderMax + 1), wOpen = wChange * (kept.Count + 1), wVisit = wOpen * (extra.Count + 1), wReshape = wVisit * (y.Count + 1);
            return (wChange, wOpen, wVisit, wReshape, wReshape * (reshapable + 1));
        }
        long wOrder = z.Count + 1;
        var w = Weights(wOrder);
        if ((double)w.wUnplaced * (u.Count + 1) * 12 > MaxObjective)
        {
            (wOrder, orderMax) = (0, 0);
            w = Weights(z.Count + 1);
        }
        model.Minimize(LinearExpr.Sum(u) * w.wUnplaced + LinearExpr.Sum(reshaped) * w.wReshape + LinearExpr.Sum(y) * w.wVisit + LinearExpr.Sum(extra) * w.wOpen
                       - LinearExpr.Sum(kept) * w.wChange + LinearExpr.Sum(merges.Select(m => m.LeftOutOrder)) * wOrder + LinearExpr.Sum(z));
        for (int i = 0; i < group.Count; i++) merges[i].Hint(model, hints?[i] ?? Hint(group[i]));

        var solver = new CpSolver { StringParameters = $"{budget.CpParameters(seed, work)} {SmallModel}" };
        using var stop = ct.Register(solver.StopSearch);
        var status = solver.Solve(model);
        budget.Record(solver.Response?.DeterministicTime ?? 0);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? merges.Select(m => m.Extract(solver)).ToList() : null;
    }

    /// <summary>
    /// A probe: the part alone re-planned around its current schedule with one more visit of room for department
    /// <paramref name="d"/> in each of <paramref name="months"/> (the ledger is as it was after); null when CP-SAT found nothing.
    /// </summary>
    /// <param name="released">Published visits of the frozen month taken out of it for the probe (their checks barred from it, as
    /// <see cref="FrozenRelease"/> does); the part's pins are as they were after.</param>
    public EnterpriseSchedule? Probe(EnterprisePart part, int d, IReadOnlyList<int> months, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct,
        IReadOnlyList<KeptVisit>? released = null)
    {
        var current = part.Result!;
        var pins = part.Pinned.ToList();
        ledger.Remove(current);
        foreach (int m in months) ledger.Lend(d, m, 1);
        IReadOnlyList<EnterpriseSchedule>? probe;
        if (released is not { Count: > 0 }) probe = Solve([part], ledger, seed, work, budget, ct, [current]);
        else
        {
            foreach (var v in released) part.Pinned.Remove(v);
            probe = Solve([part], ledger, seed, work, budget, ct, [Hint(part)], barred: released.SelectMany(v => v.Needs).ToHashSet());
            part.Pinned.Clear();
            part.Pinned.AddRange(pins);
        }
        foreach (int m in months) ledger.Lend(d, m, -1);
        ledger.Add(current);
        return probe?[0];
    }

    /// <summary>
    /// The part re-planned alone around its current schedule with the ledger as it now stands (room freed since it was planned),
    /// kept when fewer of its occurrences stay unplaced; the ledger holds its schedule after, either way. Returns the
    /// occurrences placed.
    /// </summary>
    public int Again(EnterprisePart part, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct)
    {
        var current = part.Result!;
        return Try([part], [current], ledger, seed, work, budget, ct, () => [current]) is { } again ? current.Unplaced.Count - again[0].Unplaced.Count : 0;
    }

    /// <summary>
    /// A trial of the room steps (<see cref="ReplanRoom"/>, <see cref="FrozenRelease"/>): the group's schedules
    /// <paramref name="before"/> taken out of the ledger, the <paramref name="unpinned"/> visits out of their parts' pinned
    /// ones, and the group re-planned (<see cref="Solve"/>). Kept only when fewer occurrences stay unplaced: the parts then
    /// hold the new schedules and the ledger counts them. Otherwise the pins and the ledger are as they were, and null.
    /// <paramref name="hints"/> are made once the visits are unpinned (<see cref="Hint"/> then leaves them out).
    /// </summary>
    public IReadOnlyList<EnterpriseSchedule>? Try(IReadOnlyList<EnterprisePart> group, IReadOnlyList<EnterpriseSchedule> before, CapacityLedger ledger,
        int seed, double work, WorkBudget budget, CancellationToken ct, Func<IReadOnlyList<EnterpriseSchedule>>? hints = null,
        (EnterprisePart Part, int Department)? release = null, IReadOnlySet<int>? barred = null,
        IReadOnlyList<(EnterprisePart Part, KeptVisit Visit)>? unpinned = null)
    {
        if (unpinned is not { Count: > 0 } && barred is null)
        {
            // Nothing unpinned: the trial made on a copy, then kept (the same solve, the same result).
            var made = Attempt(group, before, ledger, seed, work, budget, ct, hints?.Invoke(), release);
            if (made is not null) Keep(group, before, made, ledger);
            return made;
        }
        unpinned ??= [];
        var pins = unpinned.Select(x => x.Part).Distinct().ToDictionary(p => p, p => p.Pinned.ToList());
        foreach (var s in before) ledger.Remove(s);
        foreach (var (part, visit) in unpinned) part.Pinned.Remove(visit);
        var solved = Solve(group, ledger, seed, work, budget, ct, hints?.Invoke(), release, barred);
        if (solved is null || solved.Sum(s => s.Unplaced.Count) >= before.Sum(s => s.Unplaced.Count))
        {
            foreach (var (part, pinned) in pins)
            {
                part.Pinned.Clear();
                part.Pinned.AddRange(pinned);
            }
            foreach (var s in before) ledger.Add(s);
            return null;
        }
        for (int i = 0; i < group.Count; i++) group[i].Result = solved[i];
        foreach (var s in solved) ledger.Add(s);
        return solved;
    }

    /// <summary>
    /// A trial of <see cref="Try"/> with nothing unpinned, made on a copy of the ledger (the group's schedules
    /// <paramref name="before"/> taken out of it): the new schedules where fewer occurrences stay unplaced, else null. Changes
    /// neither the parts nor the ledger, so trials of other groups may run beside it; <see cref="Keep"/> makes it count.
    /// </summary>
    public IReadOnlyList<EnterpriseSchedule>? Attempt(IReadOnlyList<EnterprisePart> group, IReadOnlyList<EnterpriseSchedule> before, CapacityLedger ledger,
        int seed, double work, WorkBudget budget, CancellationToken ct, IReadOnlyList<EnterpriseSchedule>? hints = null,
        (EnterprisePart Part, int Department)? release = null)
    {
        var mine = ledger.Clone();
        foreach (var s in before) mine.Remove(s);
        var solved = Solve(group, mine, seed, work, budget, ct, hints, release);
        return solved is null || solved.Sum(s => s.Unplaced.Count) >= before.Sum(s => s.Unplaced.Count) ? null : solved;
    }

    /// <summary>An <see cref="Attempt"/>'s schedules kept: the parts hold them and the ledger counts them instead of <paramref name="before"/>.</summary>
    public static void Keep(IReadOnlyList<EnterprisePart> group, IReadOnlyList<EnterpriseSchedule> before, IReadOnlyList<EnterpriseSchedule> solved, CapacityLedger ledger)
    {
        foreach (var s in before) ledger.Remove(s);
        for (int i = 0; i < group.Count; i++) group[i].Result = solved[i];
        foreach (var s in solved) ledger.Add(s);
    }

    /// <summary>
    /// CP-SAT settings for these models of one or two enterprises (117 variables on average): no probing, one presolve pass,
    /// no symmetry detection, no SAT inprocessing, no search for overlapping linear constraints. A replan makes about a
    /// thousand such solves (seeds 1-3 of the replan bench: 1,003-1,149) at 3-4 ms each, nearly all of it presolve. Probing
    /// took a fifth of it (seed 3: 4.1 → 3.3 s in all). The other four, measured on 600 of seed 3's models solved alone
    /// (best of three): 1.52 → 1.05 s, every model still solved to optimality with the same objective, 126 of them with
    /// another solution of that value (ties: a slot's index, the month of a visit no term prices).
    /// </summary>
    private const string SmallModel = "cp_model_probing_level:0 max_presolve_iterations:1 symmetry_level:0 use_sat_inprocessing:false find_big_linear_overlap:false";

    /// <summary>The objective's weights times its terms stay below this (2^53: exact in a double, far inside CP-SAT's int64).</summary>
    private const double MaxObjective = 9007199254740992;

    /// <summary>A frozen visit's tasks of department <paramref name="d"/> when it also serves another department (it stays a visit), else none.</summary>
    private int[] Leavable(KeptVisit v, int d)
    {
        if (d < 0) return [];
        var mine = v.Needs.Where(n => ci.Needs[n].Department == d).ToArray();
        return mine.Length < v.Needs.Length ? mine : [];
    }

    /// <summary>The previous plan, repaired: pinned and kept visits, every occurrence they miss unplaced.</summary>
    public EnterpriseSchedule Hint(EnterprisePart part)
    {
        var visits = part.Pinned.Concat(part.Future).OrderBy(v => v.Month).ToList();
        var unplaced = new List<int>();
        foreach (var n in ci.NeedsOfEnterprise[part.Enterprise])
            for (int k = visits.Count(v => v.Occurrences.ContainsKey(n)); k < ci.Needs[n].Times; k++) unplaced.Add(n);
        return part.AsSchedule(visits, unplaced);
    }

    /// <summary>The pinned visits alone, everything else unplaced: always valid.</summary>
    public EnterpriseSchedule PinnedOnly(EnterprisePart part)
    {
        var unplaced = new List<int>();
        foreach (var n in ci.NeedsOfEnterprise[part.Enterprise])
            for (int k = part.Pinned.Count(v => v.Occurrences.ContainsKey(n)); k < ci.Needs[n].Times; k++) unplaced.Add(n);
        return part.AsSchedule(part.Pinned.OrderBy(v => v.Month), unplaced);
    }

    /// <summary>
    /// True when the repaired previous plan is already best: complete, valid, within capacity, and no more visits than the
    /// pinned ones plus the most occurrences any need still lacks (pinned visits take no new task, so no plan has fewer).
    /// </summary>
    /// <param name="complete">
    /// Staff mode fit: a complete repair is taken whatever its visits. The previous plan was fitted to the officers (the
    /// staffed year split short departments' checks off joint visits); CP-SAT, which knows no officers, would merge them
    /// back and the months would leave them out again.
    /// </param>
    public bool HintIsBest(EnterprisePart part, EnterpriseSchedule hint, CapacityLedger ledger, bool complete = false)
    {
        if (hint.Unplaced.Count > 0) return false;
        int lacking = 0;
        foreach (var n in ci.NeedsOfEnterprise[part.Enterprise])
        {
            var need = ci.Needs[n];
            var months = hint.Visits.Where(v => v.Needs.Contains(n)).Select(v => v.Month).Order().ToList();
            if (months.Count != need.Times || months.Zip(months.Skip(1)).Any(p => p.Second - p.First < need.Gap)) return false;
            lacking = Math.Max(lacking, need.Times - part.Pinned.Count(v => v.Occurrences.ContainsKey(n)));
        }
        int cap = ci.EnterpriseCap[part.Enterprise];
        if (cap != CompiledInstance.Unbounded && hint.VisitCount > cap) return false;
        if (!complete && hint.VisitCount > part.Pinned.Count + lacking) return false;
        return hint.Uses(ci).GroupBy(c => c).All(g => ledger.Residual(g.Key.Department, g.Key.Month) >= g.Count());
    }

    private int[] Slots(EnterprisePart part)
    {
        var slots = new int[13];
        for (int m = 1; m <= 12; m++)
        {
            int pinned = part.Pinned.Count(v => v.Month == m);
            slots[m] = m < from ? pinned
                : m == from && frozen ? pinned + 1
                : Math.Max(2, part.Future.Count(v => v.Month == m));
        }
        return slots;
    }
}

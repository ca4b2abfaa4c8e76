using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Work;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// A second chance for the occurrences a replan left unplaced where a department's capacity is used up in months of their
/// window from the frozen one on (docs/replanning.md, step 4). A probe first re-plans the enterprise alone with one more visit
/// of room in each such month; where even that leaves the occurrence out (a gap, the tier cap, the visit limits) nothing
/// more is tried. Otherwise it is re-planned on CP-SAT together with one other enterprise that uses the department in a
/// month the probe used and has a need there that could go to a month with room — enterprises already re-planned first,
/// then untouched ones, which are then re-planned "to make room" (a cause the difference shows). In the frozen month the
/// partner's published joint visit stays and only gives up the department's check, and only where that places an
/// occurrence no other month can hold (the frozen month opened at a stated cost: the change is counted and named). A pair is kept only when
/// fewer occurrences stay unplaced; at most <see cref="PartnersPerNeed"/> partners are tried for each need (seed 1 of the
/// replan bench: 246 solves place 38 occurrences in 1.4 s). With more than one worker a need's partners are tried side
/// by side (<see cref="TryPairsSideBySide"/>) with the same result. Deterministic for the same inputs and seed.
/// </summary>
internal sealed class ReplanRoom(CompiledInstance ci, int from, ReplanSolver solver, FreedCells freed, int workers = 1)
{
    private const int PartnersPerNeed = 10;

    /// <summary>CP-SAT solves made.</summary>
    public int Solves { get; private set; }

    /// <summary>Occurrences placed by the pairs kept.</summary>
    public int Placed { get; private set; }

    /// <summary>Pairs kept: enterprises re-planned to make room.</summary>
    public int Moved { get; private set; }

    /// <summary>Pairs kept whose partner's visit in the frozen month gave up a department's check.</summary>
    public int FrozenReleased { get; private set; }

    /// <summary>Published visits of the enterprise's own taken out of the frozen month where room was made for them (<see cref="RunReleasing"/>).</summary>
    public int Released { get; private set; }

    /// <summary>The first month whose kept visits may move: the one after the frozen month.</summary>
    private int FirstOpen => from + 1;

    public void Run(IReadOnlyList<EnterprisePart> parts, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct)
    {
        var blocked = parts.Where(p => p.Touched && p.Result is { Unplaced.Count: > 0 }).ToList();
        if (blocked.Count == 0) return;
        var users = Users(parts);
        foreach (var (part, n, full) in LeftOutInFullMonths(blocked, ledger, budget, ct))
        {
            // A probe: the part alone with one more visit of room in each full month. Where even that leaves the
            // occurrence out, no partner can help; otherwise the months the probe used are where room is worth making.
            var wanted = Probe(part, n, full, ledger, seed + Solves, work, budget, ct);
            if (wanted.Count == 0) continue;
            if (!part.Result!.Unplaced.Contains(n)) continue;
            TryPairsSideBySide(part, Partners(parts, users, part, ci.Needs[n].Department, wanted, ledger).Take(PartnersPerNeed).ToList(), n, ledger,
                seed, work, budget, ct);
        }
    }

    /// <summary>
    /// <see cref="TryPair"/> with each partner in order until one is kept, <see cref="workers"/> partners at a time (one: in
    /// turn, each on this thread): the first
    /// of a batch on this thread, the others beside it, each on its own copy of the ledger with the seed it has one by one.
    /// The first in order that places more is kept; the trials after it in its batch count for nothing (nor in
    /// <see cref="Solves"/>, which seeds what follows), so the pairs kept are those of the partners tried one by one.
    /// Seed 3 of the replan bench, three replays each way: the room step 2.8-3.0 s one by one, 2.4-2.7 s two at a time.
    /// </summary>
    private void TryPairsSideBySide(EnterprisePart part, List<EnterprisePart> partners, int need, CapacityLedger ledger, int seed, double work,
        WorkBudget budget, CancellationToken ct)
    {
        int d = ci.Needs[need].Department, size = Math.Max(1, workers);
        for (int start = 0; start < partners.Count; start += size)
        {
            var batch = partners.Skip(start).Take(size).ToList();
            var befores = batch.Select(p => new[] { part.Result!, p.Result ?? solver.Hint(p) }).ToList();
            var made = new IReadOnlyList<EnterpriseSchedule>?[batch.Count];
            int first = Solves;
            void Trial(int k) => made[k] = solver.Attempt([part, batch[k]], befores[k], ledger, seed + first + k, work, budget, ct, befores[k], (batch[k], d));
            var beside = Enumerable.Range(1, batch.Count - 1).Select(k => Task.Run(() => Trial(k))).ToArray();
            Trial(0);
            Task.WaitAll(beside);
            for (int k = 0; k < batch.Count; k++)
            {
                Solves++;
                if (made[k] is not { } solved) continue;
                ReplanSolver.Keep([part, batch[k]], befores[k], solved, ledger);
                Kept(part, batch[k], d, befores[k], solved);
                return;
            }
        }
    }

    /// <summary>
    /// The blocked parts' occurrences left out, each with the months of its window from the frozen one on where its
    /// department's capacity is used up (none: skipped), read as the run goes (a pair kept before changes what is left).
    /// </summary>
    private IEnumerable<(EnterprisePart Part, int Need, List<int> Full)> LeftOutInFullMonths(List<EnterprisePart> blocked, CapacityLedger ledger,
        WorkBudget budget, CancellationToken ct)
    {
        foreach (var part in blocked)
            foreach (int n in part.Result!.Unplaced.Distinct().ToList())
            {
                if (ct.IsCancellationRequested || budget.SafetyReached) yield break;
                var need = ci.Needs[n];
                var full = need.Months.Where(m => m >= from && ledger.IsBounded(need.Department, m) && ledger.Residual(need.Department, m) == 0).ToList();
                if (full.Count > 0) yield return (part, n, full);
            }
    }

    /// <summary>
    /// Room made and the frozen month opened together (docs/replanning.md, step 4), after <see cref="Run"/> and
    /// <see cref="FrozenRelease"/>: an occurrence still left out whose department's months are full, at an enterprise with
    /// published visits in the frozen month, where neither step placed it alone — a green enterprise at its tier cap with both
    /// its visits published in the frozen month, the new check's later months full. Subsets of those visits (fewest first)
    /// are taken out of the month with one more visit of room in each full month in a probe; where that places the occurrence,
    /// the part is re-planned with the visits out of the month (their checks barred from it, as <see cref="FrozenRelease"/>
    /// does) together with an enterprise that can move out of a month the probe used (as in <see cref="Run"/>), kept when
    /// fewer occurrences stay unplaced. Both changes are counted and named.
    /// </summary>
    public void RunReleasing(IReadOnlyList<EnterprisePart> parts, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct)
    {
        var blocked = parts.Where(p => p.Touched && p.Result is { Unplaced.Count: > 0 } && p.Pinned.Any(v => v.Month == from)).ToList();
        if (blocked.Count == 0) return;
        var users = Users(parts);
        foreach (var (part, n, full) in LeftOutInFullMonths(blocked, ledger, budget, ct))
        {
            if (!part.Result!.Unplaced.Contains(n)) continue;
            foreach (var subset in FrozenRelease.Subsets([.. part.Pinned.Where(v => v.Month == from)]))
            {
                var wanted = Probe(part, n, full, ledger, seed + Solves, work, budget, ct, subset);
                if (wanted.Count > 0 && Partners(parts, users, part, ci.Needs[n].Department, wanted, ledger).Take(PartnersPerNeed).ToList()
                        .Any(partner => TryPair(part, partner, n, ledger, seed + Solves, work, budget, ct, subset)))
                    break;
            }
        }
    }

    /// <summary>The full months where one more visit of room would place occurrence <paramref name="n"/> (empty: none would).</summary>
    private List<int> Probe(EnterprisePart part, int n, List<int> full, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct,
        IReadOnlyList<KeptVisit>? released = null)
    {
        var current = part.Result!;
        Solves++;
        var probe = solver.Probe(part, ci.Needs[n].Department, full, ledger, seed, work / 2, budget, ct, released);
        if (probe is null || probe.Unplaced.Count(u => u == n) >= current.Unplaced.Count(u => u == n)) return [];
        return [.. probe.Visits.Where(v => full.Contains(v.Month) && v.Needs.Contains(n)).Select(v => v.Month).Distinct()];
    }

    /// <summary>For each department and month from the first open one: the parts with a visit there serving that department.</summary>
    private Dictionary<(int D, int M), List<EnterprisePart>> Users(IReadOnlyList<EnterprisePart> parts)
    {
        var users = new Dictionary<(int, int), List<EnterprisePart>>();
        foreach (var part in parts)
            foreach (var v in part.Current().Visits.Where(v => v.Month >= from))
                foreach (int d in v.Needs.Select(n => ci.Needs[n].Department).Distinct())
                {
                    if (!users.TryGetValue((d, v.Month), out var list)) users[(d, v.Month)] = list = [];
                    if (list.Count == 0 || list[^1] != part) list.Add(part);
                }
        return users;
    }

    /// <summary>
    /// Parts other than <paramref name="part"/> with a need of department <paramref name="d"/> placed in a full month whose
    /// window has an open month with room: re-planned ones first, then untouched, each in enterprise order.
    /// </summary>
    private IEnumerable<EnterprisePart> Partners(IReadOnlyList<EnterprisePart> parts, Dictionary<(int D, int M), List<EnterprisePart>> users,
        EnterprisePart part, int d, IReadOnlyList<int> full, CapacityLedger ledger)
    {
        var seen = new HashSet<EnterprisePart>(ReferenceEqualityComparer.Instance);
        var candidates = new List<EnterprisePart>();
        foreach (int m in full)
            foreach (var p in users.GetValueOrDefault((d, m)) ?? [])
                if (p != part && seen.Add(p)) candidates.Add(p);
        // In order first, then tested (lazily: a caller takes the first few), as the state is when the caller lists them.
        candidates.Sort((a, b) => (a.Touched ? 0 : 1, a.Enterprise).CompareTo((b.Touched ? 0 : 1, b.Enterprise)));
        return candidates.Where(p => Movable(p, d, full, ledger));
    }

    /// <remarks>In the frozen month only a joint visit gives up a department's tasks: the published visit stays.</remarks>
    private bool Movable(EnterprisePart p, int d, IReadOnlyList<int> full, CapacityLedger ledger) =>
        p.Current().Visits.Where(v => full.Contains(v.Month) && (v.Month > from || v.Needs.Any(n => ci.Needs[n].Department != d)))
            .SelectMany(v => v.Needs).Select(n => ci.Needs[n]).Where(n => n.Department == d)
            .Any(n => n.Months.Any(m => m >= FirstOpen && !full.Contains(m) && ledger.Residual(d, m) > 0));

    /// <param name="released">The part's published visits taken out of the frozen month with it (<see cref="RunReleasing"/>).</param>
    private bool TryPair(EnterprisePart part, EnterprisePart partner, int need, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct,
        IReadOnlyList<KeptVisit>? released = null)
    {
        var before = new[] { part.Result!, partner.Result ?? solver.Hint(partner) };
        Solves++;
        int d = ci.Needs[need].Department;
        var solved = released is not { Count: > 0 }
            ? solver.Try([part, partner], before, ledger, seed, work, budget, ct, () => before, (partner, d))
            : solver.Try([part, partner], before, ledger, seed, work, budget, ct, () => [solver.Hint(part), before[1]], (partner, d),
                barred: released.SelectMany(v => v.Needs).ToHashSet(), unpinned: [.. released.Select(v => (part, v))]);
        if (solved is null) return false;
        if (released is { Count: > 0 })
        {
            Released += released.Count;
            part.Touch($"its published visit(s) {string.Join(", ", released.Select(v => v.Source.Id))} of month {from} moved to a later month, with room made in {ci.DepartmentIds[d]}'s capacity by {ci.EnterpriseIds[partner.Enterprise]}, to place a check that neither change could hold alone");
        }
        Kept(part, partner, d, before, solved);
        return true;
    }

    /// <summary>A pair kept: counted, the room it freed noted, the partner's change named.</summary>
    private void Kept(EnterprisePart part, EnterprisePart partner, int d, IReadOnlyList<EnterpriseSchedule> before, IReadOnlyList<EnterpriseSchedule> solved)
    {
        Placed += before.Sum(s => s.Unplaced.Count) - solved.Sum(s => s.Unplaced.Count);
        Moved++;
        freed.Add(before, solved);
        partner.Touch($"re-planned to make room in {ci.DepartmentIds[d]}'s capacity for {ci.EnterpriseIds[part.Enterprise]}");
        if (!Frozen(before[1]).SequenceEqual(Frozen(solved[1])))
        {
            FrozenReleased++;
            partner.Touch($"its {ci.DepartmentIds[d]} check left the published month {from} to make room for {ci.EnterpriseIds[part.Enterprise]}, whose need no other month can hold");
        }
    }

    /// <summary>The frozen month's visits of a schedule, as need lists.</summary>
    private IEnumerable<string> Frozen(EnterpriseSchedule s) => s.Visits.Where(v => v.Month == from).Select(v => string.Join(',', v.Needs.Order()));
}

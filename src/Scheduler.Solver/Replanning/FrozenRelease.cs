using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Work;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// The frozen month opened at a stated cost (docs/replanning.md, step 4): an occurrence a replan still leaves out where its
/// enterprise's own published visits of the frozen month stand in the way — a green enterprise at its tier cap whose
/// published visit holds another department, two published single-department visits where one joint visit would leave room
/// — is re-planned with one or more of those visits taken out of the month: their checks go to a later month (never back
/// into a changed visit of the frozen month, whose teams are published), and the enterprise is kept so only when fewer of
/// its occurrences stay unplaced, with the fewest visits taken out. A visit taken out of the frozen month is a change of
/// the published plan: counted (<see cref="Released"/>) and named in the enterprise's causes. Deterministic.
/// </summary>
internal sealed class FrozenRelease(CompiledInstance ci, int from, ReplanSolver solver, FreedCells freed)
{
    /// <summary>The most published visits of one enterprise tried out of the month (subsets of up to this many are tried).</summary>
    private const int MostReleased = 2;

    public int Solves { get; private set; }

    /// <summary>Occurrences placed.</summary>
    public int Placed { get; private set; }

    /// <summary>Published visits of the frozen month taken out of it.</summary>
    public int Released { get; private set; }

    public void Run(IReadOnlyList<EnterprisePart> parts, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct)
    {
        foreach (var part in parts)
        {
            if (!part.Touched || part.Result is not { Unplaced.Count: > 0 } current) continue;
            var published = part.Pinned.Where(v => v.Month == from).ToList();
            if (published.Count == 0 || !current.Unplaced.Any(n => ci.Needs[n].Months.Any(m => m > from))) continue;
            foreach (var subset in Subsets(published))
            {
                if (ct.IsCancellationRequested || budget.SafetyReached) return;
                if (TryRelease(part, subset, ledger, seed + Solves, work, budget, ct)) break;
            }
        }
    }

    /// <summary>
    /// Where a department's capacity of the frozen month is used up by published visits and an occurrence no later month can
    /// hold needs it: another enterprise's published single-department visit of that department is taken out of the month
    /// (its check goes to a later month with room) and the two are re-planned together; kept when fewer occurrences stay
    /// unplaced. At most <see cref="PartnersPerNeed"/> other enterprises are tried for each need, re-planned ones first.
    /// Where the month has room again (freed after the part was planned), the part is re-planned alone once more instead.
    /// </summary>
    public void RunPartners(IReadOnlyList<EnterprisePart> parts, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct)
    {
        var blocked = parts.Where(p => p.Touched && p.Result is { Unplaced.Count: > 0 }).ToList();
        if (blocked.Count == 0) return;
        // Published single-department visits of the month, by department: re-planned enterprises first, then in enterprise order.
        var single = parts.OrderBy(p => p.Touched ? 0 : 1).ThenBy(p => p.Enterprise)
            .SelectMany(p => p.Pinned.Where(v => v.Month == from && v.Needs.Length > 0 && v.Needs.All(n => ci.Needs[n].Department == ci.Needs[v.Needs[0]].Department))
                .Select(v => (Part: p, Visit: v)))
            .ToLookup(x => ci.Needs[x.Visit.Needs[0]].Department);
        foreach (var part in blocked)
            foreach (int n in part.Result!.Unplaced.Distinct().ToList())
            {
                if (ct.IsCancellationRequested || budget.SafetyReached) return;
                var need = ci.Needs[n];
                int d = need.Department;
                if (!need.Months.Contains(from)) continue;
                // Room in the month freed after the part was planned (a withdrawn check, a frozen visit that gave one up): the part alone once more.
                if (ledger.Residual(d, from) > 0)
                {
                    TryAgain(part, ledger, seed + Solves, work, budget, ct);
                    continue;
                }
                if (!single.Contains(d)) continue;
                // A probe: the part alone with one more visit of room in the month; where even that places nothing, no partner can help.
                if (!Probe(part, d, ledger, seed + Solves, work, budget, ct)) continue;
                int tried = 0;
                foreach (var (partner, visit) in single[d])
                {
                    if (partner == part || !partner.Pinned.Contains(visit) || !Movable(visit, d, ledger)) continue;
                    if (tried++ == PartnersPerNeed || !part.Result!.Unplaced.Contains(n) || ct.IsCancellationRequested || budget.SafetyReached) break;
                    if (TryPartner(part, partner, visit, d, ledger, seed + Solves, work, budget, ct)) break;
                }
            }
    }

    private const int PartnersPerNeed = 5;

    /// <summary>The part re-planned alone with the ledger as it now stands, kept when fewer of its occurrences stay unplaced.</summary>
    private void TryAgain(EnterprisePart part, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct)
    {
        var before = part.Result!;
        Solves++;
        int placed = solver.Again(part, ledger, seed, work, budget, ct);
        if (placed == 0) return;
        Placed += placed;
        freed.Add([before], [part.Result!]);
    }

    /// <summary>True when one more visit of room for department <paramref name="d"/> in the frozen month would place more of the part's occurrences.</summary>
    private bool Probe(EnterprisePart part, int d, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct)
    {
        Solves++;
        var probe = solver.Probe(part, d, [from], ledger, seed, work / 2, budget, ct);
        return probe is not null && probe.Unplaced.Count < part.Result!.Unplaced.Count;
    }

    /// <summary>Every check of the visit has a later month with room for its department.</summary>
    private bool Movable(KeptVisit visit, int d, CapacityLedger ledger) =>
        visit.Needs.All(n => ci.Needs[n].Months.Any(m => m > from && ledger.Residual(d, m) > 0));

    private bool TryPartner(EnterprisePart part, EnterprisePart partner, KeptVisit visit, int d, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct)
    {
        var before = new[] { part.Result!, partner.Result ?? solver.Hint(partner) };
        Solves++;
        if (solver.Try([part, partner], before, ledger, seed, work, budget, ct, () => [before[0], solver.Hint(partner)], barred: visit.Needs.ToHashSet(),
                unpinned: [(partner, visit)]) is not { } solved) return false;
        Placed += before.Sum(s => s.Unplaced.Count) - solved.Sum(s => s.Unplaced.Count);
        Released++;
        freed.Add(before, solved);
        partner.Touch($"its published visit {visit.Source.Id} ({ci.DepartmentIds[d]}) of month {from} moved to a later month to make room for {ci.EnterpriseIds[part.Enterprise]}, whose check no other month can hold");
        return true;
    }

    /// <summary>Subsets of the published visits, fewest first, then in plan order.</summary>
    internal static IEnumerable<List<KeptVisit>> Subsets(List<KeptVisit> published)
    {
        for (int size = 1; size <= Math.Min(MostReleased, published.Count); size++)
            foreach (var subset in Choose(published, size, 0)) yield return subset;
    }

    private static IEnumerable<List<KeptVisit>> Choose(List<KeptVisit> items, int size, int start)
    {
        if (size == 0) { yield return []; yield break; }
        for (int i = start; i <= items.Count - size; i++)
            foreach (var rest in Choose(items, size - 1, i + 1)) yield return [items[i], .. rest];
    }

    private bool TryRelease(EnterprisePart part, List<KeptVisit> subset, CapacityLedger ledger, int seed, double work, WorkBudget budget, CancellationToken ct)
    {
        var before = part.Result!;
        Solves++;
        if (solver.Try([part], [before], ledger, seed, work, budget, ct, () => [solver.Hint(part)], barred: subset.SelectMany(v => v.Needs).ToHashSet(),
                unpinned: [.. subset.Select(v => (part, v))]) is not { } solved) return false;
        Placed += before.Unplaced.Count - solved[0].Unplaced.Count;
        Released += subset.Count;
        freed.Add([before], solved);
        var ids = string.Join(", ", subset.Select(v => v.Source.Id));
        part.Touch($"its published visit(s) {ids} of month {from} moved to a later month to place a check that no other change could hold (the tier cap, or its published visits of the month)");
        return true;
    }
}

using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Heuristics;

/// <summary>
/// Ejection chains over months. A schedule change of one enterprise (one more occurrence placed, or a
/// better merge) may need room in department-month cells that are full; room in cell (d, m) is made by
/// another enterprise shifting its d-checks of month m to another month, which may need room there in
/// turn, and so on until a month with room: per department the months form a 12-node graph, searched
/// breadth-first, and moves are applied from the far end back. Shifting may split a merged visit; every
/// change is undone unless the result is better.
/// </summary>
internal sealed class EjectionChains(CompiledInstance ci, EnterpriseSchedule?[] schedules, CapacityLedger ledger)
{
    /// <summary>One step: an enterprise moves its department-d checks of one visit to another month.</summary>
    private sealed record Move(int Department, int From, int To, EnterpriseSchedule Before, EnterpriseSchedule After, bool Consumes);

    /// <summary>Tries every unassigned occurrence once; returns how many were placed.</summary>
    public int Run(CancellationToken ct)
    {
        int placed = 0;
        for (int e = 0; e < schedules.Length && !ct.IsCancellationRequested; e++)
        {
            if (schedules[e] is not { } s) continue;
            foreach (var n in s.Unplaced.Distinct().ToList())
                while (schedules[e]!.Unplaced.Contains(n) && TryPlace(e, n)) placed++;
        }
        return placed;
    }

    /// <summary>
    /// Candidate schedules of the enterprise holding one more occurrence of n — joining a visit, opening
    /// one, or moving a whole visit (with n added) to another month — tried in order of how many full
    /// cells each needs freed; every full cell is freed by a chain, or everything is undone.
    /// </summary>
    private bool TryPlace(int e, int n)
    {
        var before = schedules[e]!;
        var candidates = Candidates(before, n)
            .Select(after => (After: after, Full: FullCells(before, after)))
            .Where(c => c.Full.Count <= MaxCellsToFree)
            .OrderBy(c => c.Full.Count)
            .Take(MaxCandidates);
        foreach (var (after, full) in candidates)
        {
            var undo = new List<EnterpriseSchedule>();
            bool freed = full.All(cell => FreeCell(cell.Department, cell.Month, e, undo));
            if (freed && Fits(before, after))
            {
                Replace(before, after);
                return true;
            }
            foreach (var old in Enumerable.Reverse(undo)) Replace(schedules[old.Enterprise]!, old);
        }
        return false;
    }

    /// <summary>
    /// Moves enterprises towards better schedules (fewer visits) given as candidates, freeing full cells by
    /// chains; a change is kept only when the enterprise and every enterprise its chains moved are, together,
    /// better on (unassigned, visits, department-visits). Returns how many enterprises improved.
    /// </summary>
    public int Improve(IEnumerable<int> enterprises, Func<EnterpriseSchedule, IEnumerable<EnterpriseSchedule>> candidates, CancellationToken ct)
    {
        int improved = 0;
        foreach (var e in enterprises)
        {
            if (ct.IsCancellationRequested) break;
            var before = schedules[e]!;
            var options = candidates(before)
                .Where(after => after.Quality(ci).CompareTo(before.Quality(ci)) < 0)
                .Select(after => (After: after, Full: FullCells(before, after)))
                .Where(c => c.Full.Count <= MaxCellsToFree)
                .OrderBy(c => c.Full.Count)
                .Take(MaxCandidates);
            foreach (var (after, full) in options)
            {
                var undo = new List<EnterpriseSchedule>();
                bool freed = full.All(cell => FreeCell(cell.Department, cell.Month, e, undo));
                if (freed && Fits(before, after))
                {
                    var old = Totals(undo.Append(before));
                    var movedNow = undo.Select(u => schedules[u.Enterprise]!).Distinct().Append(after);
                    if (Totals(movedNow).CompareTo(old) < 0)
                    {
                        Replace(before, after);
                        improved++;
                        break;
                    }
                }
                foreach (var old in Enumerable.Reverse(undo)) Replace(schedules[old.Enterprise]!, old);
            }
        }
        return improved;
    }

    /// <summary>Totals over distinct enterprises (the first schedule seen of each).</summary>
    private (int, int, int) Totals(IEnumerable<EnterpriseSchedule> list) =>
        EnterpriseSchedule.Totals(ci, list.DistinctBy(s => s.Enterprise));

    private const int MaxCellsToFree = 3, MaxCandidates = 24;

    private IEnumerable<EnterpriseSchedule> Candidates(EnterpriseSchedule s, int n)
    {
        foreach (var m in ci.Needs[n].Months)
            if (WithOccurrence(s, n, m) is { } after) yield return after;
        foreach (var v in s.Visits)
            foreach (var m in ci.Needs[n].Months)
                if (m != v.Month && Relocated(s, v, n, m) is { } after) yield return after;
    }

    /// <summary>The schedule with visit v moved to month m and n added to it, or null when a rule forbids it.</summary>
    private EnterpriseSchedule? Relocated(EnterpriseSchedule s, ScheduledVisit v, int n, int m)
    {
        if (v.Needs.Contains(n) || s.Visits.Any(w => w != v && w.Month == m)) return null;
        var merged = v.Needs.Append(n).ToArray();
        if (!VisitRules.Holds(ci, merged)) return null;
        foreach (var k in merged)
        {
            var others = s.Visits.Where(w => w != v && w.Needs.Contains(k)).Select(w => w.Month);
            if (!VisitRules.GapAllows(ci.Needs[k], m, others)) return null;
        }
        var unplaced = s.Unplaced.ToList();
        unplaced.Remove(n);
        var visits = s.Visits.Select(w => w == v ? new ScheduledVisit(m, merged) : w).ToList();
        return s with { Visits = visits, Unplaced = unplaced };
    }

    /// <summary>Cells the new schedule uses more than the old one and that have no room left.</summary>
    private List<(int Department, int Month)> FullCells(EnterpriseSchedule before, EnterpriseSchedule after)
    {
        var delta = new Dictionary<(int Department, int Month), int>();
        foreach (var c in after.Uses(ci)) delta[c] = delta.GetValueOrDefault(c) + 1;
        foreach (var c in before.Uses(ci)) delta[c] = delta.GetValueOrDefault(c) - 1;
        var full = new List<(int, int)>();
        foreach (var (cell, more) in delta)
            for (int k = ledger.Residual(cell.Department, cell.Month) == CompiledInstance.Unbounded ? more : ledger.Residual(cell.Department, cell.Month); k < more; k++)
                full.Add(cell);
        return full;
    }

    private bool Fits(EnterpriseSchedule before, EnterpriseSchedule after)
    {
        ledger.Remove(before);
        bool fits = after.Uses(ci).GroupBy(c => c).All(g => ledger.Residual(g.Key.Department, g.Key.Month) >= g.Count());
        ledger.Add(before);
        return fits;
    }

    /// <summary>
    /// Frees one visit of room in cell (d, m) by a chain of moves of other enterprises, breadth-first over
    /// the months of department d; applied moves are recorded in <paramref name="undo"/>.
    /// </summary>
    private bool FreeCell(int d, int m, int owner, List<EnterpriseSchedule> undo)
    {
        var via = new Dictionary<int, (int Previous, Move Move)> { [m] = (-1, null!) };
        var queue = new Queue<int>([m]);
        var users = Users(d, except: owner);
        while (queue.Count > 0)
        {
            int at = queue.Dequeue();
            foreach (var move in MovesOut(d, at, users))
            {
                if (!move.Consumes || ledger.Residual(d, move.To) > 0)
                    return ApplyChain(Path(at, via).Prepend(move), undo);
                if (via.ContainsKey(move.To)) continue;
                via[move.To] = (at, move);
                queue.Enqueue(move.To);
            }
        }
        return false;
    }

    /// <summary>The moves that led to month m, nearest first (the order they must be applied in).</summary>
    private static IEnumerable<Move> Path(int m, Dictionary<int, (int Previous, Move Move)> via)
    {
        for (; via[m].Previous >= 0; m = via[m].Previous) yield return via[m].Move;
    }

    /// <summary>Applies moves far end first (each frees the cell the next one needs).</summary>
    private bool ApplyChain(IEnumerable<Move> moves, List<EnterpriseSchedule> undo)
    {
        foreach (var move in moves)
        {
            // A chain may pass through one enterprise twice; its second move was computed on the old schedule.
            var before = schedules[move.Before.Enterprise]!;
            if (!ReferenceEquals(before, move.Before) || (move.Consumes && ledger.Residual(move.Department, move.To) <= 0)) return false;
            Replace(before, move.After);
            undo.Add(before);
        }
        return true;
    }

    private void Replace(EnterpriseSchedule before, EnterpriseSchedule after)
    {
        ledger.Remove(before);
        ledger.Add(after);
        schedules[after.Enterprise] = after;
    }

    /// <summary>Enterprises (other than one) with a visit that includes department d, by month.</summary>
    private Dictionary<int, List<int>> Users(int d, int except)
    {
        var byMonth = new Dictionary<int, List<int>>();
        for (int x = 0; x < schedules.Length; x++)
        {
            if (x == except || schedules[x] is not { } s) continue;
            foreach (var v in s.Visits)
                if (v.Needs.Any(n => ci.Needs[n].Department == d))
                {
                    if (!byMonth.TryGetValue(v.Month, out var list)) byMonth[v.Month] = list = [];
                    list.Add(x);
                }
        }
        return byMonth;
    }

    /// <summary>Every way one enterprise can take its department-d checks out of month m.</summary>
    private IEnumerable<Move> MovesOut(int d, int m, Dictionary<int, List<int>> users)
    {
        if (!users.TryGetValue(m, out var list)) yield break;
        foreach (var x in list.Distinct())
        {
            var s = schedules[x]!;
            foreach (var to in Enumerable.Range(1, 12))
            {
                if (to == m) continue;
                if (Shift(s, d, m, to) is { } move) yield return move;
            }
        }
    }

    /// <summary>The enterprise's schedule with its department-d checks of month <paramref name="from"/> moved to <paramref name="to"/>, or null.</summary>
    private Move? Shift(EnterpriseSchedule s, int d, int from, int to)
    {
        var source = s.Visits.FirstOrDefault(v => v.Month == from && v.Needs.Any(n => ci.Needs[n].Department == d));
        if (source is null) return null;
        var moving = source.Needs.Where(n => ci.Needs[n].Department == d).ToArray();
        foreach (var n in moving)
        {
            var others = s.Visits.Where(v => v != source && v.Needs.Contains(n)).Select(v => v.Month);
            if (!VisitRules.GapAllows(ci.Needs[n], to, others)) return null;
        }
        var staying = source.Needs.Where(n => ci.Needs[n].Department != d).ToArray();
        var rest = s.Visits.Where(v => v != source).ToList();
        if (staying.Length > 0) rest.Add(source with { Needs = staying });

        // Join a visit already there (free if it already carries d), else open one (tier cap permitting).
        foreach (var target in rest.Where(v => v.Month == to).ToList())
        {
            var merged = target.Needs.Concat(moving).ToArray();
            if (!VisitRules.Holds(ci, merged)) continue;
            bool hasD = target.Needs.Any(n => ci.Needs[n].Department == d);
            var visits = rest.Select(v => v == target ? target with { Needs = merged } : v).ToList();
            return new Move(d, from, to, s, s with { Visits = visits }, Consumes: !hasD);
        }
        int cap = ci.EnterpriseCap[s.Enterprise];
        if (cap != CompiledInstance.Unbounded && rest.Count + 1 > cap) return null;
        rest.Add(new ScheduledVisit(to, moving));
        return new Move(d, from, to, s, s with { Visits = rest }, Consumes: true);
    }

    /// <summary>The enterprise's schedule with one more occurrence of n in month m (joining a visit or opening one), or null.</summary>
    private EnterpriseSchedule? WithOccurrence(EnterpriseSchedule s, int n, int m)
    {
        var need = ci.Needs[n];
        var served = s.Visits.Where(v => v.Needs.Contains(n)).Select(v => v.Month).ToList();
        if (served.Contains(m) || !VisitRules.GapAllows(need, m, served)) return null;
        var unplaced = s.Unplaced.ToList();
        unplaced.Remove(n);
        foreach (var v in s.Visits.Where(v => v.Month == m))
        {
            var merged = v.Needs.Append(n).ToArray();
            if (VisitRules.Holds(ci, merged))
                return s with { Visits = s.Visits.Select(w => w == v ? v with { Needs = merged } : w).ToList(), Unplaced = unplaced };
        }
        int cap = ci.EnterpriseCap[s.Enterprise];
        if (cap != CompiledInstance.Unbounded && s.VisitCount + 1 > cap) return null;
        if (!VisitRules.Holds(ci, [n])) return null;
        return s with { Visits = s.Visits.Append(new ScheduledVisit(m, [n])).ToList(), Unplaced = unplaced };
    }
}

using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// Brings the annual plan within what the officers can carry (<see cref="StaffLoad"/>), at the fewest extra visits.
/// For each over-full cell (a department's joint visits, or all its visits, in a township or county-wide, in a month)
/// it changes one enterprise at a time, trying first what costs nothing — move the whole visit to another month, or
/// move the department's checks into another visit of the enterprise — and only then what costs a visit: the short
/// department's checks leave the joint visit for a visit of their own (on any working day, or in another month).
/// A change is kept only when the plan stays valid, no capacity row and no limit that was met is exceeded, and the
/// total overflow falls. Last, occurrences left out (unassigned) are placed where those changes freed room: in a visit of
/// the enterprise or a visit of their own, within every capacity row and every officers' limit (<see cref="PlaceLeftOut"/>).
/// Deterministic: cells, enterprises and options are tried in a fixed order.
/// </summary>
internal sealed partial class StaffFit
{
    private readonly CompiledInstance _ci;
    private readonly EnterpriseSchedule[] _schedules;
    private readonly CapacityLedger _ledger;
    private readonly StaffLoad _staff;
    private readonly SortedSet<int>[,] _holders; // [department, month] → enterprises with a visit of that department then
    private readonly StaffFitScope _scope;

    public StaffFit(CompiledInstance ci, EnterpriseSchedule[] schedules, CapacityLedger ledger, StaffLoad staff, StaffFitScope? scope = null)
    {
        _ci = ci;
        _schedules = schedules;
        _ledger = ledger;
        _staff = staff;
        _scope = scope ?? StaffFitScope.Year;
        _holders = new SortedSet<int>[ci.DepartmentCount, 13];
        for (int d = 0; d < ci.DepartmentCount; d++)
            for (int m = 0; m <= 12; m++) _holders[d, m] = [];
        foreach (var s in schedules) Index(s, true);
    }

    /// <summary>Changes made: visits moved at no cost, checks split into a visit of their own (one visit more each), and
    /// occurrences left out placed where room was freed.</summary>
    public (int Moves, int Splits, int Placed) Run(IReadOnlySet<(int Enterprise, int Month)>? first, CancellationToken ct)
    {
        int moves = 0, splits = 0;
        // Free changes everywhere first (they may relieve cells that would otherwise need a split), then splits.
        foreach (var paid in new[] { false, true })
        {
            var stuck = new HashSet<StaffCell>();
            while (!ct.IsCancellationRequested)
            {
                if (_staff.WorstOverloaded(c => !stuck.Contains(c) && !_scope.Fixed(c.Month)) is not { } cell) break;
                var (m, sp) = Relieve(cell, first, paid);
                moves += m;
                splits += sp;
                if (m + sp == 0 || _staff.Overflow(cell) > 0) stuck.Add(cell);
            }
        }
        return (moves, splits, PlaceLeftOut(ct));
    }

    /// <summary>Whether <paramref name="after"/>, replacing <paramref name="before"/>, keeps the rules, the capacity rows and every officers' limit.</summary>
    private bool Fits(EnterpriseSchedule before, EnterpriseSchedule after) => Valid(after) && RowsHold(before, after) && StaffHolds(before, after);

    /// <summary>No officers' limit goes over where <paramref name="after"/> uses a cell more than <paramref name="before"/>.</summary>
    private bool StaffHolds(EnterpriseSchedule before, EnterpriseSchedule after)
    {
        var old = _staff.UseOf(before);
        foreach (var (cell, use) in _staff.UseOf(after))
            if (use > old.GetValueOrDefault(cell) && _staff.Use(cell) + use - old.GetValueOrDefault(cell) > _staff.Cap(cell)) return false;
        return true;
    }

    /// <summary>Every department-month <paramref name="after"/> uses more than <paramref name="before"/> has room in its capacity row.</summary>
    private bool RowsHold(EnterpriseSchedule before, EnterpriseSchedule after) => RowsHold(Count(before.Uses(_ci)), after);

    private bool RowsHold(Dictionary<(int Department, int Month), int> usesBefore, EnterpriseSchedule after)
    {
        foreach (var (cell, count) in Count(after.Uses(_ci)))
        {
            int more = count - usesBefore.GetValueOrDefault(cell);
            if (more > 0 && _ledger.Residual(cell.Department, cell.Month) < more) return false;
        }
        return true;
    }

    /// <summary>One pass over the enterprises holding the cell, changing each (at no cost, or at a visit when <paramref name="paid"/>) until the cell fits.</summary>
    private (int Moves, int Splits) Relieve(StaffCell cell, IReadOnlySet<(int, int)>? first, bool paid)
    {
        // A year's paid pass: among holders equal so far, the one whose split relieves the most overflow first (a split
        // relieving two short cells at once, such as a fishing firm's KA and YY checks on one joint visit, before one relieving
        // only this cell). A replan keeps the enterprise order: ranked, its replans of seeds 1-3 had 57-77 visits fewer but
        // 6-13 more unscheduled.
        bool rank = paid && RankByRelief;
        var holders = _holders[cell.Department, cell.Month]
            .Where(e => _staff.Covers(cell, e) && _scope.May(e))
            .Select(e => (Enterprise: e, Relief: rank ? Relief(e, cell) : 0))
            .OrderBy(h => _scope.Preferred is { } preferred && preferred.Contains(h.Enterprise) ? 0 : 1)
            .ThenBy(h => first is not null && first.Contains((h.Enterprise, cell.Month)) ? 0 : 1)
            .ThenByDescending(h => h.Relief).ThenBy(h => h.Enterprise)
            .Select(h => h.Enterprise).ToList();
        int moves = 0, splits = 0;
        foreach (var e in holders)
        {
            if (_staff.Overflow(cell) == 0) break;
            var before = _schedules[e];
            if (Best(before, cell, paid) is not { } chosen) continue;
            Replace(before, chosen.After);
            _relieved.Add(e);
            if (chosen.Cost > 0) splits++;
            else moves++;
        }
        return (moves, splits);
    }

    /// <summary>Whether a year's paid pass ranks a cell's holders by the overflow their split relieves (<see cref="Relief"/>; not a replan's).</summary>
    private bool RankByRelief => !_scope.CountMoves;

    /// <summary>
    /// The overflow a split of the enterprise's visit in <paramref name="cell"/> relieves, counted without trying it: the
    /// over-full joint cells of the cell's department, and of the other department too where the visit holds only two (the
    /// split leaves two visits of one department each, neither joint). Evaluating every holder's best change instead
    /// doubled the fit's time (seed 2: 15 → 30 s over the rounds) for the same order in nearly every cell.
    /// </summary>
    private int Relief(int e, StaffCell cell)
    {
        int most = 0;
        foreach (var v in _schedules[e].Visits)
        {
            if (v.Month != cell.Month || !Uses(e, v, cell)) continue;
            bool pair = v.Needs.Select(n => _ci.Needs[n].Department).Distinct().Count() == 2;
            int relief = _staff.CellsOf(e, v).Count(c => c.Joint && (pair || c.Department == cell.Department) && _staff.Overflow(c) > 0);
            most = Math.Max(most, relief);
        }
        return most;
    }

    /// <summary>The best change taking <paramref name="before"/>'s visits out of <paramref name="cell"/>: least cost, then fewest checks moved (a replan), then most overflow relieved.</summary>
    private (EnterpriseSchedule After, int Cost, int Moved, int Gain)? Best(EnterpriseSchedule before, StaffCell cell, bool paid)
    {
        (EnterpriseSchedule After, int Cost, int Moved, int Gain)? best = null;
        BeforeUse? use = null;
        for (int i = 0; i < before.Visits.Count; i++)
        {
            var v = before.Visits[i];
            if (v.Month != cell.Month || _scope.Fixed(v.Month) || !Uses(before.Enterprise, v, cell)) continue;
            foreach (var after in Options(before, i, cell, paid))
            {
                int cost = after.VisitCount - before.VisitCount;
                if (cost > (paid ? 1 : 0)) continue;
                if (best is { } b && (cost > b.Cost)) continue;
                if (Evaluate(use ??= new BeforeUse(Count(before.Uses(_ci)), _staff.UseOf(before)), after) is not { } gain) continue;
                int moved = _scope.CountMoves ? Moved(before, after) : 0;
                if (best is null || (cost, moved, -gain).CompareTo((best.Value.Cost, best.Value.Moved, -best.Value.Gain)) < 0)
                    best = (after, cost, moved, gain);
            }
        }
        return best;
    }

    private bool Uses(int e, ScheduledVisit v, StaffCell cell) => _staff.CellsOf(e, v).Contains(cell);

    /// <summary>The replan's change cost: checks (need, month) of <paramref name="before"/> that <paramref name="after"/> no longer has in that month.</summary>
    private static int Moved(EnterpriseSchedule before, EnterpriseSchedule after)
    {
        var now = new Dictionary<(int, int), int>();
        foreach (var v in after.Visits)
            foreach (var n in v.Needs) now[(n, v.Month)] = now.GetValueOrDefault((n, v.Month)) + 1;
        int moved = 0;
        foreach (var v in before.Visits)
            foreach (var n in v.Needs)
            {
                if (now.GetValueOrDefault((n, v.Month)) > 0) now[(n, v.Month)]--;
                else moved++;
            }
        return moved;
    }

    /// <summary>
    /// Schedules that take visit <paramref name="i"/> out of the cell: moved, its department's checks merged elsewhere, or
    /// (<paramref name="paid"/>) split off at a visit more. Options whose checks the month does not allow are not built
    /// (<see cref="Valid"/> would refuse them).
    /// </summary>
    private IEnumerable<EnterpriseSchedule> Options(EnterpriseSchedule s, int i, StaffCell cell, bool paid)
    {
        var v = s.Visits[i];
        var part = v.Needs.Where(n => _ci.Needs[n].Department == cell.Department).ToArray();
        var rest = v.Needs.Where(n => _ci.Needs[n].Department != cell.Department).ToArray();
        // The whole visit to another month.
        var departments = _staff.Departments(v);
        for (int m = _scope.FixedThrough + 1; m <= 12; m++)
            if (m != v.Month && Allow(v.Needs, m) && HasRoom(s.Enterprise, departments, departments.Count > 1, m) && GapsHold(s, i, v.Needs, m))
                yield return With(s, i, [new ScheduledVisit(m, v.Needs)]);
        // The department's checks into another visit of the enterprise.
        for (int j = 0; j < s.Visits.Count; j++)
        {
            if (j == i || _scope.Fixed(s.Visits[j].Month) || !Allow(part, s.Visits[j].Month)) continue;
            var w = s.Visits[j];
            if (!GapsHold(s, i, part, w.Month) || (w.Month != v.Month && !HasRoomJoining(s.Enterprise, w, cell.Department))) continue;
            var grown = new ScheduledVisit(w.Month, [.. w.Needs, .. part]);
            var list = s.Visits.ToList();
            list[j] = grown;
            if (rest.Length > 0) list[i] = new ScheduledVisit(v.Month, rest);
            else list.RemoveAt(i);
            yield return s with { Visits = list };
        }
        // The department's checks alone, in this month (a joint cell: another kind of day) or another: a visit more.
        if (rest.Length == 0 || !paid) yield break;
        for (int m = _scope.FixedThrough + 1; m <= 12; m++)
        {
            if ((m == v.Month && !cell.Joint) || !Allow(part, m)) continue;
            if (m != v.Month && !(HasRoom(s.Enterprise, [cell.Department], false, m) && GapsHold(s, i, part, m))) continue;
            var list = s.Visits.ToList();
            list[i] = new ScheduledVisit(v.Month, rest);
            list.Add(new ScheduledVisit(m, part));
            yield return s with { Visits = list };
        }
    }

    /// <summary>
    /// Room for one more visit of <paramref name="departments"/> (joint or not) at the enterprise in <paramref name="month"/>:
    /// in each department's capacity row and every officers' limit of its cells. An option adding such a visit in another
    /// month than the one it leaves fails <see cref="Evaluate"/> without it, so it is not built (seed 1's replan: half the
    /// options built failed there).
    /// </summary>
    private bool HasRoom(int enterprise, List<int> departments, bool joint, int month)
    {
        foreach (var d in departments)
            if (_ledger.Residual(d, month) < 1 || _staff.Full(d, enterprise, month) || (joint && _staff.Full(d, enterprise, month, joint: true))) return false;
        return true;
    }

    /// <summary>
    /// Room for department <paramref name="d"/> joining visit <paramref name="w"/> of the enterprise (from another month): its
    /// capacity row and officers' limits, and the joint limits of every department of <paramref name="w"/> should it become
    /// joint (<see cref="Evaluate"/> would refuse the option otherwise). Nothing is needed where the visit has the department.
    /// </summary>
    private bool HasRoomJoining(int enterprise, ScheduledVisit w, int d)
    {
        var departments = _staff.Departments(w);
        if (departments.Contains(d)) return true;
        if (!HasRoom(enterprise, [d], true, w.Month)) return false;
        return departments.Count > 1 || !departments.Any(other => _staff.Full(other, enterprise, w.Month, joint: true));
    }

    /// <summary>Occurrences of <paramref name="needs"/> moved from visit <paramref name="i"/> to <paramref name="month"/> keep their
    /// needs' gaps to the enterprise's other visits holding them (<see cref="Valid"/> would refuse the option otherwise).</summary>
    private bool GapsHold(EnterpriseSchedule s, int i, int[] needs, int month)
    {
        for (int j = 0; j < s.Visits.Count; j++)
        {
            if (j == i) continue;
            var w = s.Visits[j];
            foreach (var n in needs)
                if (Math.Abs(w.Month - month) < _ci.Needs[n].Gap && w.Needs.Contains(n)) return false;
        }
        return true;
    }

    private bool Allow(int[] needs, int month)
    {
        foreach (var n in needs)
            if (!MonthSet.Contains(_ci.Needs[n].MonthMask, month)) return false;
        return true;
    }

    private static EnterpriseSchedule With(EnterpriseSchedule s, int i, ScheduledVisit[] replacement)
    {
        var list = s.Visits.ToList();
        list.RemoveAt(i);
        list.InsertRange(i, replacement);
        return s with { Visits = list };
    }

    /// <summary>What a schedule uses, counted once for all the options of changing it: its capacity rows and its officers' cells.</summary>
    private sealed record BeforeUse(Dictionary<(int Department, int Month), int> Rows, Dictionary<StaffCell, int> Cells);

    /// <summary>The fall in total overflow when the schedule whose use is <paramref name="before"/> becomes <paramref name="after"/>, or null when the change is not allowed.</summary>
    private int? Evaluate(BeforeUse before, EnterpriseSchedule after)
    {
        // Capacity rows: every department-month the change uses more must have room.
        if (!Valid(after) || !RowsHold(before.Rows, after)) return null;
        // Officers: no limit may be exceeded further; the overflow must fall. Each cell either schedule uses, once.
        var old = before.Cells;
        var now = _staff.UseOf(after);
        int gain = 0;
        foreach (var (cell, was) in old)
            if (!Step(cell, now.GetValueOrDefault(cell) - was)) return null;
        foreach (var (cell, count) in now)
            if (!old.ContainsKey(cell) && !Step(cell, count)) return null;
        return gain > 0 ? gain : null;

        bool Step(StaffCell cell, int delta)
        {
            if (delta == 0) return true;
            int use = _staff.Use(cell), cap = _staff.Cap(cell);
            if (delta > 0 && use + delta > cap) return false;
            gain += Math.Max(0, use - cap) - Math.Max(0, use + delta - cap);
            return true;
        }
    }

    /// <summary>Rules 2–5 and 7 for one enterprise's schedule: months, gaps, one occurrence per visit, visit rules, the tier cap.</summary>
    private bool Valid(EnterpriseSchedule s)
    {
        int cap = _ci.EnterpriseCap[s.Enterprise];
        if (cap != CompiledInstance.Unbounded && s.VisitCount > cap) return false;
        var months = new Dictionary<int, List<int>>();
        foreach (var v in s.Visits)
        {
            if (v.Needs.Length == 0 || !VisitRules.Holds(_ci, v.Needs)) return false;
            foreach (var n in v.Needs)
            {
                if (!MonthSet.Contains(_ci.Needs[n].MonthMask, v.Month)) return false;
                if (!months.TryGetValue(n, out var list)) months[n] = list = [];
                list.Add(v.Month);
            }
        }
        foreach (var (n, list) in months)
        {
            list.Sort();
            for (int k = 1; k < list.Count; k++)
                if (list[k] - list[k - 1] < _ci.Needs[n].Gap) return false;
        }
        return true;
    }

    private static Dictionary<(int Department, int Month), int> Count(IEnumerable<(int Department, int Month)> uses)
    {
        var map = new Dictionary<(int, int), int>();
        foreach (var u in uses) map[u] = map.GetValueOrDefault(u) + 1;
        return map;
    }

    private void Replace(EnterpriseSchedule before, EnterpriseSchedule after)
    {
        Index(before, false);
        _ledger.Remove(before);
        _staff.Remove(before);
        _schedules[after.Enterprise] = after;
        _ledger.Add(after);
        _staff.Add(after);
        Index(after, true);
    }

    private void Index(EnterpriseSchedule s, bool add)
    {
        foreach (var (d, m) in s.Uses(_ci).Distinct())
        {
            if (add) _holders[d, m].Add(s.Enterprise);
            else _holders[d, m].Remove(s.Enterprise);
        }
    }
}

using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Staffing;

/// <summary>The fit's last step: occurrences left out placed where the plan has room, or where room can be made (<see cref="PlaceLeftOut"/>).</summary>
internal sealed partial class StaffFit
{
    /// <summary>
    /// Each occurrence an enterprise leaves out, placed where the plan now has room: into one of its visits (no visit more) or
    /// a visit of its own, in a month the fit may change, with the rules, the gap, the tier cap, the capacity rows and every
    /// officers' limit kept (no limit may go over, not even one already over). A replan's fit moves visits out of full
    /// department-months after its solves left occurrences out for want of that room (seed 2 of the replan bench: WSJD's
    /// August). Where only the department's capacity row of the month is full, room is made: another enterprise's visit
    /// holding the department that month moves whole to another month, or its checks of the department into another of its
    /// visits, at no visit more and within every row and limit (<see cref="Movable"/>). Where the months of a need's placed
    /// occurrences leave no month for the one left out, they are re-timed together (<see cref="Retimed"/>). Returns the
    /// occurrences placed; <see cref="RoomMoves"/> counts the visits moved for them.
    /// </summary>
    public int PlaceLeftOut(CancellationToken ct = default)
    {
        int placed = 0;
        for (int e = 0; e < _schedules.Length && !ct.IsCancellationRequested; e++)
        {
            if (_schedules[e].Unplaced.Count == 0 || !_scope.May(e)) continue;
            foreach (var n in _schedules[e].Unplaced.Distinct().ToList())
            {
                var before = _schedules[e];
                if (!before.Unplaced.Contains(n)) continue;
                var added = Placements(before, n).ToList();
                var options = added.Concat(Retimed(before, n)).ToList();
                var chosen = options.FirstOrDefault(after => Fits(before, after));
                bool madeRoom = false;
                if (chosen is null)
                {
                    var holders = new Dictionary<(int, int), List<(int Holder, List<EnterpriseSchedule> Moves)>>();
                    foreach (var after in options)
                        if (MakeRoom(before, after, n, holders)) { chosen = after; madeRoom = true; break; }
                    if (chosen is null) continue;
                }
                else Replace(before, chosen);
                if (!added.Contains(chosen))
                    Say(e, $"its {Department(n)} checks re-timed to month(s) {string.Join(", ", chosen.Visits.Where(v => v.Needs.Contains(n) && !_scope.Fixed(v.Month)).Select(v => v.Month).Order())}, which holds one more that was left out");
                else if (!madeRoom)
                    Say(e, $"its {Department(n)} check left out placed in month {MonthOf(chosen, n)}, where moving other visits for the officers freed room");
                placed++;
            }
        }
        return placed;
    }

    /// <summary>
    /// The schedules placing every occurrence of need <paramref name="n"/> anew in the months the fit may change, one more than
    /// it has there: where the months of the ones placed leave no month for another within the gap (3 a year, 3 months apart:
    /// months 8 and 11 leave none after June; 6, 9 and 12 hold all three). Each goes into a visit of its month the visit rules
    /// allow, or a visit of its own; fewest visits first, then the earliest months. None when no occurrence is placed there.
    /// </summary>
    private IEnumerable<EnterpriseSchedule> Retimed(EnterpriseSchedule before, int n)
    {
        var need = _ci.Needs[n];
        var kept = new List<ScheduledVisit>();
        var fixedMonths = new List<int>();
        int count = 1;
        foreach (var v in before.Visits)
        {
            if (!v.Needs.Contains(n)) { kept.Add(v); continue; }
            if (_scope.Fixed(v.Month)) { kept.Add(v); fixedMonths.Add(v.Month); continue; }
            count++;
            var rest = v.Needs.Where(k => k != n).ToArray();
            if (rest.Length > 0) kept.Add(new ScheduledVisit(v.Month, rest));
        }
        if (count == 1) return [];
        var unplaced = before.Unplaced.ToList();
        unplaced.Remove(n);
        var months = Enumerable.Range(_scope.FixedThrough + 1, Math.Max(0, 12 - _scope.FixedThrough))
            .Where(m => MonthSet.Contains(need.MonthMask, m) && fixedMonths.All(f => Math.Abs(m - f) >= need.Gap)).ToArray();
        var options = new List<EnterpriseSchedule>();
        foreach (var set in Spaced(months, count, need.Gap))
        {
            var list = kept.ToList();
            foreach (int m in set)
            {
                int j = list.FindIndex(w => w.Month == m && VisitRules.Holds(_ci, [.. w.Needs, n]));
                if (j >= 0) list[j] = new ScheduledVisit(m, [.. list[j].Needs, n]);
                else list.Add(new ScheduledVisit(m, [n]));
            }
            options.Add(new EnterpriseSchedule(before.Enterprise, list, unplaced));
        }
        return options.OrderBy(o => o.VisitCount);
    }

    /// <summary>The sets of <paramref name="count"/> of <paramref name="months"/> (ascending) at least <paramref name="gap"/> apart, in lexicographic order.</summary>
    private static IEnumerable<int[]> Spaced(int[] months, int count, int gap)
    {
        var chosen = new int[count];
        IEnumerable<int[]> From(int index, int depth)
        {
            if (depth == count) { yield return (int[])chosen.Clone(); yield break; }
            for (int i = index; i < months.Length; i++)
            {
                if (depth > 0 && months[i] - chosen[depth - 1] < gap) continue;
                chosen[depth] = months[i];
                foreach (var set in From(i + 1, depth + 1)) yield return set;
            }
        }
        return From(0, 0);
    }

    /// <summary>Visits of other enterprises tried for each occurrence whose only want is room in a capacity row.</summary>
    private const int RoomHolders = 12;

    /// <summary>Visits of other enterprises moved to place occurrences left out (<see cref="PlaceLeftOut"/>).</summary>
    public int RoomMoves { get; private set; }

    private readonly Dictionary<int, List<string>> _causes = [];
    private readonly HashSet<int> _relieved = [];

    /// <summary>Enterprises a move or a split for the officers changed (not only <see cref="PlaceLeftOut"/>).</summary>
    public IReadOnlySet<int> Relieved => _relieved;

    /// <summary>What <see cref="PlaceLeftOut"/> did to each enterprise, in words (an occurrence placed, a visit moved to make room
    /// for another enterprise's), oldest first; a replan names them among the enterprise's causes.</summary>
    public IReadOnlyDictionary<int, List<string>> Causes => _causes;

    private void Say(int enterprise, string cause)
    {
        if (!_causes.TryGetValue(enterprise, out var list)) _causes[enterprise] = list = [];
        if (!list.Contains(cause)) list.Add(cause);
    }

    private string Department(int n) => _ci.DepartmentIds[_ci.Needs[n].Department];

    private static int MonthOf(EnterpriseSchedule after, int n) => after.Visits.Last(v => v.Needs.Contains(n)).Month;

    /// <summary>The schedules placing one occurrence of need <paramref name="n"/>: into a visit (earliest month first), then a visit of its own (earliest month first).</summary>
    private IEnumerable<EnterpriseSchedule> Placements(EnterpriseSchedule before, int n)
    {
        var unplaced = before.Unplaced.ToList();
        unplaced.Remove(n);
        foreach (var j in Enumerable.Range(0, before.Visits.Count).OrderBy(j => before.Visits[j].Month))
        {
            var w = before.Visits[j];
            if (_scope.Fixed(w.Month) || !MonthSet.Contains(_ci.Needs[n].MonthMask, w.Month)) continue;
            var list = before.Visits.ToList();
            list[j] = new ScheduledVisit(w.Month, [.. w.Needs, n]);
            yield return new EnterpriseSchedule(before.Enterprise, list, unplaced);
        }
        for (int m = _scope.FixedThrough + 1; m <= 12; m++)
            if (MonthSet.Contains(_ci.Needs[n].MonthMask, m))
                yield return new EnterpriseSchedule(before.Enterprise, [.. before.Visits, new ScheduledVisit(m, [n])], unplaced);
    }

    /// <summary>
    /// Where <paramref name="after"/> keeps everything but one full capacity row, another enterprise's visit holding that
    /// department-month is moved out of it (no visit more, every row and limit kept) and <paramref name="after"/> applied;
    /// false, with nothing changed, when no such move makes it fit.
    /// </summary>
    private bool MakeRoom(EnterpriseSchedule before, EnterpriseSchedule after, int n, Dictionary<(int, int), List<(int Holder, List<EnterpriseSchedule> Moves)>> holders)
    {
        if (!Valid(after) || !StaffHolds(before, after) || FullRow(before, after) is not { } row) return false;
        if (!holders.TryGetValue(row, out var movable)) holders[row] = movable = Movable(before.Enterprise, row);
        foreach (var (h, moves) in movable)
        {
            var holder = _schedules[h];
            foreach (var moved in moves)
            {
                if (!StaffHolds(holder, moved)) continue;
                Replace(holder, moved);
                if (Fits(before, after))
                {
                    Replace(before, after);
                    RoomMoves++;
                    string e = _ci.EnterpriseIds[before.Enterprise], d = _ci.DepartmentIds[row.Department];
                    Say(h, $"its {d} check(s) of month {row.Month} moved to make room for {e}'s, which no other month had room for");
                    Say(before.Enterprise, $"its {Department(n)} check left out placed in month {row.Month}, in room made by moving {_ci.EnterpriseIds[h]}'s {d} check(s) out of that month");
                    return true;
                }
                Replace(moved, holder);
            }
        }
        return false;
    }

    /// <summary>
    /// The first <see cref="RoomHolders"/> other enterprises holding <paramref name="row"/> with a move out of it that the rules
    /// and the capacity rows allow, with those moves. Any enterprise may give room, also one a replan's first phase keeps (a
    /// check placed comes before a visit kept, as the spec orders a plan's quality); those the fit may change anyway first.
    /// </summary>
    private List<(int Holder, List<EnterpriseSchedule> Moves)> Movable(int enterprise, (int Department, int Month) row)
    {
        var movable = new List<(int, List<EnterpriseSchedule>)>();
        foreach (var h in _holders[row.Department, row.Month].Where(h => h != enterprise)
            .OrderBy(h => _scope.May(h) ? 0 : 1)
            .ThenBy(h => _scope.Preferred is { } preferred && preferred.Contains(h) ? 0 : 1).ThenBy(h => h).ToList())
        {
            var holder = _schedules[h];
            var moves = new List<EnterpriseSchedule>();
            for (int i = 0; i < holder.Visits.Count; i++)
            {
                var v = holder.Visits[i];
                if (v.Month != row.Month || !v.Needs.Any(k => _ci.Needs[k].Department == row.Department)) continue;
                moves.AddRange(RoomOptions(holder, i, row.Department).Where(m => Valid(m) && RowsHold(holder, m)));
            }
            if (moves.Count == 0) continue;
            movable.Add((h, moves));
            if (movable.Count == RoomHolders) break;
        }
        return movable;
    }

    /// <summary>Visit <paramref name="i"/> out of its month for department <paramref name="d"/> at no visit more: whole to another month, or d's checks into another visit.</summary>
    private IEnumerable<EnterpriseSchedule> RoomOptions(EnterpriseSchedule s, int i, int d)
    {
        var v = s.Visits[i];
        for (int m = _scope.FixedThrough + 1; m <= 12; m++)
            if (m != v.Month) yield return With(s, i, [new ScheduledVisit(m, v.Needs)]);
        var part = v.Needs.Where(n => _ci.Needs[n].Department == d).ToArray();
        var rest = v.Needs.Where(n => _ci.Needs[n].Department != d).ToArray();
        for (int j = 0; j < s.Visits.Count; j++)
        {
            if (j == i || s.Visits[j].Month == v.Month || _scope.Fixed(s.Visits[j].Month)) continue;
            var list = s.Visits.ToList();
            list[j] = new ScheduledVisit(s.Visits[j].Month, [.. s.Visits[j].Needs, .. part]);
            if (rest.Length > 0) list[i] = new ScheduledVisit(v.Month, rest);
            else list.RemoveAt(i);
            yield return s with { Visits = list };
        }
    }

    /// <summary>The one department-month whose capacity row <paramref name="after"/> would go over (null when none, or more than one).</summary>
    private (int Department, int Month)? FullRow(EnterpriseSchedule before, EnterpriseSchedule after)
    {
        var usesBefore = Count(before.Uses(_ci));
        (int, int)? full = null;
        foreach (var (cell, count) in Count(after.Uses(_ci)))
        {
            int more = count - usesBefore.GetValueOrDefault(cell);
            if (more <= 0 || _ledger.Residual(cell.Department, cell.Month) >= more) continue;
            if (full is not null || more > 1) return null;
            full = cell;
        }
        return full;
    }
}

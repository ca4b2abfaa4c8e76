using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// Sibling visits of one enterprise in different months merged into one (<see cref="YearMerge"/>'s second step): the
/// later-tried visit's checks move into the other's month where every need allows that month with its gaps to its other
/// occurrences, and the month's capacity rows have room for the departments that come in; the month's team-days must
/// carry the merged visit (<see cref="MonthMerge.TryMerge"/>). Deterministic: enterprises and visits in id order.
/// </summary>
internal sealed class CrossMonthMerge
{
    private readonly CompiledInstance _ci;
    private readonly Dictionary<int, MonthMerge> _months;
    private readonly int[,] _use;
    private readonly Dictionary<int, List<int>> _occurrences = [];
    private readonly Dictionary<string, List<(int Month, string Id)>> _of = new(StringComparer.Ordinal);

    public CrossMonthMerge(CompiledInstance ci, Dictionary<int, MonthMerge> months)
    {
        _ci = ci;
        _months = months;
        _use = new int[ci.DepartmentCount, 13];
        foreach (var v in Current())
        {
            foreach (var d in Departments(v)) _use[d, v.Month]++;
            foreach (var t in v.Tasks) Occurrences(_ci.NeedIndex[t.Need]).Add(v.Month);
            if (!_of.TryGetValue(v.Enterprise, out var list)) _of[v.Enterprise] = list = [];
            list.Add((v.Month, v.Id));
        }
    }

    public int Run()
    {
        int merged = 0;
        var enterprises = _of.Where(kv => kv.Value.Select(x => x.Month).Distinct().Count() > 1).Select(kv => kv.Key)
            .Order(StringComparer.Ordinal).ToList();
        foreach (var step in MergeSteps.All)
            foreach (var enterprise in enterprises)
                while (MergeOnce(enterprise, step)) merged++;
        return merged;
    }

    private bool MergeOnce(string enterprise, MergeStep step)
    {
        var siblings = _of[enterprise].Select(x => _months[x.Month].Visits.GetValueOrDefault(x.Id)).OfType<Visit>()
            .OrderBy(v => v.Id, StringComparer.Ordinal).ToList();
        foreach (var a in siblings)
            foreach (var b in siblings)
            {
                if (a.Month == b.Month || !Movable(a, b)) continue;
                if (!_months[a.Month].TryMerge(a, b, step)) continue;
                _months[b.Month].Release(b.Id);
                var into = Departments(a);
                foreach (var d in Departments(b))
                {
                    _use[d, b.Month]--;
                    if (!into.Contains(d)) _use[d, a.Month]++;
                }
                foreach (var t in b.Tasks)
                {
                    var months = Occurrences(_ci.NeedIndex[t.Need]);
                    months.Remove(b.Month);
                    months.Add(a.Month);
                }
                return true;
            }
        return false;
    }

    /// <summary>Whether <paramref name="b"/>'s checks may join <paramref name="a"/> in a's month: months, gaps, capacity rows.</summary>
    private bool Movable(Visit a, Visit b)
    {
        int m = a.Month;
        foreach (var t in b.Tasks)
        {
            var need = _ci.Needs[_ci.NeedIndex[t.Need]];
            if (!MonthSet.Contains(need.MonthMask, m)) return false;
            var others = new List<int>(Occurrences(need.Index));
            others.Remove(b.Month);
            if (others.Any(x => Math.Abs(x - m) < Math.Max(1, need.Gap))) return false;
        }
        var into = Departments(a);
        foreach (var d in Departments(b))
            if (!into.Contains(d) && _ci.Capacity[d, m] != CompiledInstance.Unbounded && _use[d, m] + 1 > _ci.Capacity[d, m]) return false;
        return true;
    }

    private IEnumerable<Visit> Current() => _months.OrderBy(kv => kv.Key).SelectMany(kv => kv.Value.Visits.Values);

    private HashSet<int> Departments(Visit v) => v.Tasks.Select(t => _ci.Needs[_ci.NeedIndex[t.Need]].Department).ToHashSet();

    private List<int> Occurrences(int need) => _occurrences.TryGetValue(need, out var list) ? list : _occurrences[need] = [];
}

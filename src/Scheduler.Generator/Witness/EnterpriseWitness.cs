using System.Numerics;
using Scheduler.Domain.Model;
using Scheduler.Generator.Building;
using Scheduler.Generator.Catalog;

namespace Scheduler.Generator.Witness;

/// <summary>The witness plan of one enterprise, capacity ignored: a greedy merge. Needs are taken most frequent
/// first (then narrowest window); each need's occurrences go to the months that join the most existing
/// compatible visits, else the months where its department is least loaded so far, at its minimum gap.
/// Reused from enterprise to enterprise to spare allocations.</summary>
internal sealed class EnterpriseWitness(int maxDepartments, int maxMinutes)
{
    private const long Join = 1L << 40;
    private const long Never = long.MinValue / 4;

    private readonly List<LocalVisit> _pool = [];
    private readonly List<int> _order = [];
    private readonly int[] _months = new int[12];
    private readonly long[] _score = new long[12];
    private readonly long[,] _best = new long[13, 12];
    private readonly int[,] _from = new int[13, 12];
    private readonly int[] _chosen = new int[12];

    public int VisitCount { get; private set; }

    public List<LocalUnassigned> Unassigned { get; } = [];

    public LocalVisit Visit(int k) => _pool[k];

    /// <summary>Plans needs[first .. first+count) of one enterprise.</summary>
    /// <param name="cap">When set, an occurrence that would open a visit beyond it is left unassigned.</param>
    /// <param name="capReason">Why, in words, when the cap bites.</param>
    public void Build(List<GeneratedNeed> needs, int first, int count, int closedMonths, int[,] load, int? cap = null, string capReason = "")
    {
        VisitCount = 0;
        Unassigned.Clear();
        Order(needs, first, count, closedMonths);
        foreach (var j in _order)
        {
            var need = needs[first + j];
            var open = need.Months & ~closedMonths & MonthSet.All;
            var k = 0;
            for (var m = 1; m <= 12; m++)
                if (MonthSet.Contains(open, m)) _months[k++] = m;
            for (var i = 0; i < k; i++) _score[i] = Score(need, j, _months[i], load, cap);
            var picked = Choose(k, need.Times, need.Gap);
            for (var p = 0; p < picked; p++) Place(need, j, _months[_chosen[p]], cap, capReason);
        }
    }

    /// <summary>Most frequent first, then the narrowest window; needs kept on purpose to be impossible come last.</summary>
    private void Order(List<GeneratedNeed> needs, int first, int count, int closedMonths)
    {
        _order.Clear();
        for (var j = 0; j < count; j++) _order.Add(j);
        _order.Sort((a, b) =>
        {
            GeneratedNeed x = needs[first + a], y = needs[first + b];
            var c = x.Impossible.CompareTo(y.Impossible);
            if (c == 0) c = y.Times.CompareTo(x.Times);
            if (c == 0) c = MonthSet.Count(x.Months & ~closedMonths).CompareTo(MonthSet.Count(y.Months & ~closedMonths));
            return c != 0 ? c : a.CompareTo(b);
        });
    }

    /// <summary>Joining a visit outweighs any load; otherwise the less loaded month is better.</summary>
    private long Score(in GeneratedNeed need, int j, int month, int[,] load, int? cap)
    {
        var visit = Compatible(need, j, month);
        var cost = load[need.Department, month - 1];
        if (visit is not null)
            return Join - ((visit.Departments & (1 << need.Department)) != 0 ? 0 : cost);
        return cap is { } c && VisitCount >= c ? -Join - cost : -cost;
    }

    /// <summary>Best chain of <paramref name="times"/> months (indices into _months) at least <paramref name="gap"/> apart;
    /// leaves them in _chosen, in month order, and returns how many (always <paramref name="times"/> for a fitted need).</summary>
    private int Choose(int k, int times, int gap)
    {
        for (var i = 0; i < k; i++)
        {
            _best[1, i] = _score[i];
            _from[1, i] = -1;
        }
        for (var t = 2; t <= times; t++)
        {
            for (var i = 0; i < k; i++)
            {
                _best[t, i] = Never;
                _from[t, i] = -1;
                for (var p = 0; p < i && _months[i] - _months[p] >= gap; p++)
                {
                    if (_best[t - 1, p] == Never) continue;
                    var value = _best[t - 1, p] + _score[i];
                    if (value > _best[t, i]) { _best[t, i] = value; _from[t, i] = p; }
                }
            }
        }
        var last = -1;
        for (var i = 0; i < k; i++)
            if (_best[times, i] != Never && (last < 0 || _best[times, i] > _best[times, last])) last = i;
        if (last < 0) return 0;
        for (var t = times; t >= 1; t--)
        {
            _chosen[t - 1] = last;
            last = _from[t, last];
        }
        return times;
    }

    private void Place(in GeneratedNeed need, int j, int month, int? cap, string capReason)
    {
        var visit = Compatible(need, j, month);
        if (visit is null)
        {
            if (cap is { } c && VisitCount >= c)
            {
                Unassigned.Add(new LocalUnassigned(j, capReason));
                return;
            }
            if (VisitCount == _pool.Count) _pool.Add(new LocalVisit());
            visit = _pool[VisitCount++];
            visit.Reset(month);
        }
        visit.Departments |= 1 << need.Department;
        if (need.Standalone) visit.StandaloneDepartment = need.Department;
        foreach (var item in need.Items)
            if (!visit.Items.Contains(item)) visit.Items.Add(item);
        visit.Needs.Add(j);
    }

    /// <summary>The first visit in that month that can take the need: the standalone rule, at most
    /// maxDepartments departments, the department's share of minutes within maxMinutes.</summary>
    private LocalVisit? Compatible(in GeneratedNeed need, int j, int month)
    {
        var bit = 1 << need.Department;
        for (var k = 0; k < VisitCount; k++)
        {
            var v = _pool[k];
            if (v.Month != month || v.Needs.Contains(j)) continue;
            if (need.Standalone && (v.Departments & ~bit) != 0) continue;
            if (v.StandaloneDepartment >= 0 && v.StandaloneDepartment != need.Department) continue;
            if ((v.Departments & bit) == 0 && BitOperations.PopCount((uint)v.Departments) >= maxDepartments) continue;
            if (Share(v, need.Department, need.Items) > maxMinutes) continue;
            return v;
        }
        return null;
    }

    /// <summary>Minutes of a department's distinct items in the visit, with <paramref name="extra"/> added.</summary>
    public static int Share(LocalVisit visit, int department, int[] extra)
    {
        var minutes = 0;
        foreach (var i in visit.Items)
            if (DepartmentCatalog.ItemDepartment[i] == department) minutes += DepartmentCatalog.ItemMinutes[i];
        foreach (var i in extra)
            if (!visit.Items.Contains(i)) minutes += DepartmentCatalog.ItemMinutes[i];
        return minutes;
    }
}

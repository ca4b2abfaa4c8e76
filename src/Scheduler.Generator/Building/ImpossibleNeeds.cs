using Scheduler.Domain.Model;
using Scheduler.Generator.Catalog;
using Scheduler.Generator.Witness;

namespace Scheduler.Generator.Building;

/// <summary>For infeasible instances: needs no plan can hold, kept on purpose so planners' reasons can be tested.
/// Two kinds: (1) a few green enterprises get cap + 1 extra needs in pairwise disjoint windows, so they would need
/// more visits than their cap; (2) a need whose only month is a department-month with capacity 0 (a department-month
/// the witness never uses, e.g. the fishery department during the moratorium).</summary>
internal sealed class ImpossibleNeeds
{
    private readonly int _cap;
    private readonly int[] _targets;
    private int _nextTarget;
    private int _pending;

    public ImpossibleNeeds(int enterprises, int cap)
    {
        _cap = cap;
        var count = cap + 1 > 12 ? 0 : Math.Clamp(enterprises / 100, 2, 10);
        _targets = Enumerable.Range(0, count).Select(j => (int)((j + 0.5) * enterprises / count)).ToArray();
    }

    /// <summary>Whether enterprise <paramref name="e"/> becomes an over-cap case: green, never closed, at or after the next target.</summary>
    public bool TakesCapCase(EnterpriseDrafts drafts, int e)
    {
        while (_nextTarget < _targets.Length && _targets[_nextTarget] <= e)
        {
            _pending++;
            _nextTarget++;
        }
        if (_pending == 0 || drafts.Tier[e] != 0 || drafts.ClosedMonths[e] != 0) return false;
        _pending--;
        return true;
    }

    /// <summary>Appends cap + 1 once-a-year needs in disjoint windows to enterprise <paramref name="e"/>; returns how many.</summary>
    public int AddCapBreakers(EnterpriseDrafts drafts, int e, List<GeneratedNeed> needs, int first, int count)
    {
        var departments = CandidateDepartments(drafts.Industry[e], needs, first, count);
        var blocks = _cap + 1;
        for (var b = 0; b < blocks; b++)
        {
            var department = departments[b % departments.Count];
            var items = ItemsOf(drafts.Industry[e], department);
            needs.Add(new GeneratedNeed
            {
                Enterprise = e,
                Department = department,
                Items = items,
                Minutes = NeedFactory.Minutes(items),
                Times = 1,
                Months = MonthSet.Range(1 + b * 12 / blocks, (b + 1) * 12 / blocks),
                Gap = 1,
                Impossible = true,
            });
        }
        return blocks;
    }

    public static string CapReason(string enterpriseId, int cap) =>
        $"{enterpriseId} is green: at most {cap} visit(s) a year (无事不扰), and its other needs' windows do not meet this one's";

    /// <summary>Adds up to <paramref name="count"/> needs that can only go to a department-month the witness never used,
    /// whose capacity is therefore 0; lists them as unassigned in <paramref name="store"/>.</summary>
    public static void AddCapacityBlocked(EnterpriseDrafts drafts, List<GeneratedNeed> needs, WitnessStore store, int count)
    {
        int[] departmentOrder = [DepartmentCatalog.DepartmentIndex("YY"), DepartmentCatalog.DepartmentIndex("KA"),
            .. Enumerable.Range(0, DepartmentCatalog.Departments.Count)];
        int[] monthOrder = [7, 8, 6, 5, 9, 1, 2, 3, 4, 10, 11, 12];
        var used = new List<int>();
        foreach (var d in departmentOrder)
        {
            if (used.Count >= count) break;
            if (used.Contains(d)) continue;
            foreach (var m in monthOrder)
            {
                if (store.Load[d, m - 1] != 0) continue;
                var e = OpenEnterprise(drafts, d, m);
                if (e < 0) continue;
                var items = ItemsOf(drafts.Industry[e], d);
                needs.Add(new GeneratedNeed
                {
                    Enterprise = e, Department = d, Items = items, Minutes = NeedFactory.Minutes(items),
                    Times = 1, Months = MonthSet.Of(m), Gap = 1, Impossible = true,
                });
                var id = DepartmentCatalog.Departments[d].Id;
                store.Unassigned.Add((needs.Count - 1, 1, $"{id} has no capacity in month {m} (0 visits), the only month this need allows"));
                used.Add(d);
                break;
            }
        }
    }

    /// <summary>The first enterprise open in month <paramref name="m"/>, preferring one whose industry deals with department <paramref name="d"/>.</summary>
    private static int OpenEnterprise(EnterpriseDrafts drafts, int d, int m)
    {
        var fallback = -1;
        for (var e = 0; e < drafts.Count; e++)
        {
            if (MonthSet.Contains(drafts.ClosedMonths[e], m)) continue;
            if (IndustryCatalog.All[drafts.Industry[e]].Needs.Any(t => t.DepartmentIndex == d)) return e;
            if (fallback < 0) fallback = e;
        }
        return fallback;
    }

    /// <summary>Departments that do not ask anything of the enterprise yet (its industry's first), then those that ask once.</summary>
    private static List<int> CandidateDepartments(int industry, List<GeneratedNeed> needs, int first, int count)
    {
        var asks = new int[DepartmentCatalog.Departments.Count];
        for (var j = 0; j < count; j++) asks[needs[first + j].Department]++;
        var order = IndustryCatalog.All[industry].Needs.Select(t => t.DepartmentIndex)
            .Concat(Enumerable.Range(0, asks.Length)).Distinct().ToList();
        return order.Where(d => asks[d] == 0).Concat(order.Where(d => asks[d] == 1)).ToList();
    }

    /// <summary>The first item of the industry's first non-standalone template of that department, else the
    /// department's general check (one any enterprise may get).</summary>
    private static int[] ItemsOf(int industry, int department)
    {
        foreach (var t in IndustryCatalog.All[industry].Needs)
            if (t.DepartmentIndex == department && !t.Standalone) return [t.ItemIndices[0]];
        return [DepartmentCatalog.ItemIndex(GeneralChecks[department])];
    }

    /// <summary>Per department (catalog order): a check that fits any enterprise.</summary>
    private static readonly string[] GeneralChecks =
        ["ZHZF-04", "SCJG-05", "STHJ-04", "JTYS-01", "WHSC-04", "NYNC-03", "YJGL-03", "ZRZY-01", "WSJD-01", "YY-04", "KA-02"];
}

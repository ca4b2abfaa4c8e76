using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Generator.Catalog;
using Scheduler.Generator.Witness;

namespace Scheduler.Generator.Building;

/// <summary>Turns the drafts into the contract's records. Lists of months and items are shared between needs
/// (a million enterprises repeat a few hundred profiles).</summary>
internal sealed class CountyAssembler(EnterpriseDrafts drafts, List<GeneratedNeed> needs)
{
    private readonly Dictionary<int, IReadOnlyList<int>> _monthLists = new() { [MonthSet.All] = Need.AllMonths, [0] = [] };
    private readonly Dictionary<int[], IReadOnlyList<string>> _itemLists = new(ReferenceEqualityComparer.Instance);

    public string[] EnterpriseIds { get; } = MakeIds("E", drafts.Count);

    public string[] NeedIds { get; } = MakeIds("N", needs.Count);

    public IReadOnlyList<Township> Townships() =>
        XiangshanTownships.All.Select(t => new Township { Id = t.Id, Name = t.Name, Location = new GeoPoint(t.Lat, t.Lon) }).ToArray();

    public IReadOnlyList<Enterprise> Enterprises()
    {
        var list = new Enterprise[drafts.Count];
        for (var e = 0; e < drafts.Count; e++)
        {
            list[e] = new Enterprise
            {
                Id = EnterpriseIds[e],
                Name = drafts.Name[e],
                Township = XiangshanTownships.All[drafts.Township[e]].Id,
                Location = new GeoPoint(drafts.Lat[e], drafts.Lon[e]),
                CreditTier = EnterpriseDrafts.TierName(drafts.Tier[e]),
                Industry = IndustryCatalog.All[drafts.Industry[e]].Key,
                ClosedMonths = Months(drafts.ClosedMonths[e]),
            };
        }
        return list;
    }

    public IReadOnlyList<Need> Needs()
    {
        var list = new Need[needs.Count];
        for (var n = 0; n < needs.Count; n++)
        {
            var d = needs[n];
            list[n] = new Need
            {
                Id = NeedIds[n],
                Department = DepartmentCatalog.Departments[d.Department].Id,
                Enterprise = EnterpriseIds[d.Enterprise],
                Items = Items(d.Items),
                TimesPerYear = d.Times,
                Months = Months(d.Months),
                MinGapMonths = d.Gap,
                Standalone = d.Standalone,
            };
        }
        return list;
    }

    /// <summary>A row for every department and month: ceil(witness load × slack), at least 1 where the witness has a visit.</summary>
    public static IReadOnlyList<Capacity> Capacities(int[,] load, double slack)
    {
        var list = new List<Capacity>();
        for (var d = 0; d < DepartmentCatalog.Departments.Count; d++)
            for (var m = 1; m <= 12; m++)
            {
                var used = load[d, m - 1];
                var visits = used == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(used * slack - 1e-9));
                list.Add(new Capacity { Department = DepartmentCatalog.Departments[d].Id, Month = m, Visits = visits });
            }
        return list;
    }

    public AnnualPlan Witness(WitnessStore store, string instanceName, int year)
    {
        var ids = MakeIds("V", store.Visits.Count);
        var visits = new Visit[store.Visits.Count];
        for (var k = 0; k < visits.Length; k++)
        {
            var row = store.Visits[k];
            var tasks = new VisitTask[row.TaskCount];
            for (var t = 0; t < row.TaskCount; t++)
                tasks[t] = new VisitTask(NeedIds[store.TaskNeed[row.TaskStart + t]], store.TaskOccurrence[row.TaskStart + t]);
            visits[k] = new Visit { Id = ids[k], Enterprise = EnterpriseIds[row.Enterprise], Month = row.Month, Tasks = tasks };
        }
        var unassigned = store.Unassigned
            .OrderBy(u => u.Need).ThenBy(u => u.Occurrence)
            .Select(u => new UnassignedOccurrence(NeedIds[u.Need], u.Occurrence, u.Reason))
            .ToArray();
        return new AnnualPlan { Instance = instanceName, Year = year, Visits = visits, Unassigned = unassigned };
    }

    private IReadOnlyList<int> Months(int mask)
    {
        if (!_monthLists.TryGetValue(mask, out var list)) _monthLists[mask] = list = MonthSet.ToMonths(mask);
        return list;
    }

    private IReadOnlyList<string> Items(int[] items)
    {
        if (!_itemLists.TryGetValue(items, out var list))
            _itemLists[items] = list = items.Select(i => DepartmentCatalog.Items[i].Id).ToArray();
        return list;
    }

    private static string[] MakeIds(string prefix, int count)
    {
        var width = Ids.Width(count);
        var ids = new string[count];
        for (var k = 0; k < count; k++) ids[k] = Ids.Make(prefix, k, width);
        return ids;
    }
}

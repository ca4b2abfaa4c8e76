using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Export.Internal;

/// <summary>
/// Id lookups over an instance and its annual plan, and the words a sheet or calendar shows for a visit. Exports run
/// on plans that may not have been checked: an id that resolves to nothing is shown as the id itself, never dropped.
/// </summary>
internal sealed class PlanLookup
{
    private readonly Dictionary<string, Visit> _visits;
    private readonly Dictionary<string, Enterprise> _enterprises;
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, int> _departmentOrder;
    private readonly Dictionary<string, CheckItem> _items;
    private readonly Dictionary<string, Need> _needs;
    private readonly Dictionary<string, Inspector> _inspectors;
    private readonly Dictionary<string, Township> _townships;

    public PlanLookup(Instance instance, AnnualPlan plan)
    {
        Instance = instance;
        _visits = ById(plan.Visits, v => v.Id);
        _enterprises = ById(instance.Enterprises, e => e.Id);
        _departments = ById(instance.Departments, d => d.Id);
        _departmentOrder = instance.Departments.Select((d, i) => (d.Id, i)).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _items = ById(instance.CheckItems, i => i.Id);
        _needs = ById(instance.Needs, n => n.Id);
        _inspectors = ById(instance.Inspectors, i => i.Id);
        _townships = ById(instance.Townships, t => t.Id);
    }

    public Instance Instance { get; }

    public Visit? Visit(string id) => _visits.GetValueOrDefault(id);

    public Enterprise? Enterprise(string id) => _enterprises.GetValueOrDefault(id);

    public Inspector? Inspector(string id) => _inspectors.GetValueOrDefault(id);

    /// <summary>The township, or a stand-in named by its id when the instance lacks it.</summary>
    public Township Township(string id) => _townships.GetValueOrDefault(id) ?? new Township { Id = id, Name = id };

    public string EnterpriseName(string id) => NameOr(Enterprise(id)?.Name, id);

    /// <summary>The township of a visit's enterprise, or null when the visit or enterprise is unknown.</summary>
    public string? TownshipOfVisit(string visitId) =>
        Visit(visitId) is { } visit ? Enterprise(visit.Enterprise)?.Township : null;

    public string DepartmentName(string id) => NameOr(_departments.GetValueOrDefault(id)?.Name, id);

    /// <summary>"姓名（部门）", so a reader sees who comes for which department.</summary>
    public string InspectorLabel(string id) =>
        Inspector(id) is { } inspector ? $"{NameOr(inspector.Name, id)}（{DepartmentName(inspector.Department)}）" : id;

    /// <summary>Per department of the visit, in the instance's department order: its distinct check items in task order.</summary>
    public IReadOnlyList<(string Department, IReadOnlyList<CheckItem> Items)> Shares(Visit visit)
    {
        var shares = new Dictionary<string, List<CheckItem>>(StringComparer.Ordinal);
        foreach (var task in visit.Tasks)
        {
            if (!_needs.TryGetValue(task.Need, out var need)) continue;
            if (!shares.TryGetValue(need.Department, out var items)) shares[need.Department] = items = [];
            foreach (var itemId in need.Items)
            {
                var item = _items.GetValueOrDefault(itemId) ?? new CheckItem { Id = itemId, Department = need.Department, Name = itemId };
                if (!items.Exists(i => i.Id == item.Id)) items.Add(item);
            }
        }
        return shares
            .OrderBy(s => _departmentOrder.GetValueOrDefault(s.Key, int.MaxValue))
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (s.Key, (IReadOnlyList<CheckItem>)s.Value))
            .ToList();
    }

    /// <summary>A visit in the words of a sheet row; team fields are left for the caller to set.</summary>
    public SheetRow Row(string visitId)
    {
        if (Visit(visitId) is not { } visit)
            return new SheetRow { Visit = visitId, EnterpriseName = $"（年度计划中没有检查 {visitId}）" };
        var shares = Shares(visit);
        return new SheetRow
        {
            Visit = visit.Id,
            EnterpriseId = visit.Enterprise,
            EnterpriseName = EnterpriseName(visit.Enterprise),
            Departments = shares.Select(s => DepartmentName(s.Department)).ToList(),
            Items = shares.Select(s => $"{DepartmentName(s.Department)}：{string.Join("、", s.Items.Select(i => NameOr(i.Name, i.Id)))}").ToList(),
            // Departments work side by side: the visit lasts as long as its longest share.
            OnSiteMinutes = shares.Count == 0 ? 0 : shares.Max(s => s.Items.Sum(i => i.Minutes)),
        };
    }

    private static string NameOr(string? name, string id) => string.IsNullOrWhiteSpace(name) ? id : name;

    /// <summary>A repeated id maps to its first row; ids are unique in a valid instance.</summary>
    private static Dictionary<string, T> ById<T>(IReadOnlyList<T> rows, Func<T, string> idOf)
    {
        var map = new Dictionary<string, T>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows) map.TryAdd(idOf(row), row);
        return map;
    }
}

using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Web.Plans;

/// <summary>
/// Id lookups over an instance for the office's plan pages: names of townships, departments, check items and
/// officers, and what a visit covers (its departments and their check items). An unknown id shows as itself;
/// a repeated id resolves to its last row, as the checker reads it.
/// </summary>
public sealed class PlanIndex
{
    private readonly Dictionary<string, Township> _townships;
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, CheckItem> _items;
    private readonly Dictionary<string, Need> _needs;
    private readonly Dictionary<string, Enterprise> _enterprises;
    private readonly Dictionary<string, Inspector> _inspectors;
    private readonly Dictionary<string, int> _departmentOrder;

    public PlanIndex(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Instance = instance;
        _townships = LastWins(instance.Townships, t => t.Id);
        _departments = LastWins(instance.Departments, d => d.Id);
        _items = LastWins(instance.CheckItems, i => i.Id);
        _needs = LastWins(instance.Needs, n => n.Id);
        _enterprises = LastWins(instance.Enterprises, e => e.Id);
        _inspectors = LastWins(instance.Inspectors, i => i.Id);
        _departmentOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in instance.Departments ?? []) _departmentOrder.TryAdd(d.Id, _departmentOrder.Count);
    }

    public Instance Instance { get; }

    public Enterprise? Enterprise(string id) => _enterprises.GetValueOrDefault(id);

    public Need? Need(string id) => _needs.GetValueOrDefault(id);

    public Inspector? Inspector(string id) => _inspectors.GetValueOrDefault(id);

    public Township? Township(string id) => _townships.GetValueOrDefault(id);

    public string TownshipName(string? id) => id is null ? "" : _townships.TryGetValue(id, out var t) && t.Name.Length > 0 ? t.Name : id;

    public string DepartmentName(string id) => _departments.TryGetValue(id, out var d) && d.Name.Length > 0 ? d.Name : id;

    public string ItemName(string id) => _items.TryGetValue(id, out var i) && i.Name.Length > 0 ? i.Name : id;

    public string EnterpriseName(string id) => _enterprises.TryGetValue(id, out var e) && e.Name.Length > 0 ? e.Name : id;

    public string InspectorName(string id) => _inspectors.TryGetValue(id, out var i) && i.Name.Length > 0 ? i.Name : id;

    /// <summary>The department of a need, or null when the need is unknown.</summary>
    public string? DepartmentOf(string needId) => _needs.GetValueOrDefault(needId)?.Department;

    /// <summary>The distinct departments of a visit's tasks (unknown needs are skipped), in the register's department order.</summary>
    public IReadOnlyList<string> Departments(Visit visit) =>
        [.. (visit.Tasks ?? []).Select(t => DepartmentOf(t.Need)).OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(DepartmentRank)];

    /// <summary>What a visit covers: per department, its distinct check items and on-site minutes (longest share = the visit's).</summary>
    public VisitSummary Describe(Visit visit)
    {
        var shares = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var task in visit.Tasks ?? [])
        {
            if (!_needs.TryGetValue(task.Need, out var need)) continue;
            if (!shares.TryGetValue(need.Department, out var items)) shares[need.Department] = items = [];
            foreach (var item in need.Items ?? [])
            {
                if (!items.Contains(item, StringComparer.Ordinal)) items.Add(item);
            }
        }
        var rows = shares.OrderBy(s => DepartmentRank(s.Key)).Select(s => new DepartmentShare(
            s.Key, DepartmentName(s.Key), [.. s.Value.Select(ItemName)], s.Value.Sum(i => _items.GetValueOrDefault(i)?.Minutes ?? 0)));
        return new VisitSummary(visit, EnterpriseName(visit.Enterprise), [.. rows]);
    }

    private int DepartmentRank(string id) => _departmentOrder.TryGetValue(id, out var rank) ? rank : int.MaxValue;

    private static Dictionary<string, T> LastWins<T>(IReadOnlyList<T>? rows, Func<T, string?> idOf)
    {
        var map = new Dictionary<string, T>(rows?.Count ?? 0, StringComparer.Ordinal);
        foreach (var row in rows ?? [])
        {
            if (row is not null) map[idOf(row) ?? ""] = row;
        }
        return map;
    }
}

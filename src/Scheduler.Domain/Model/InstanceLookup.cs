using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Model;

/// <summary>
/// The one id lookup over an instance (and, when given, its annual plan's visits), used by the checker, the exports,
/// the service's pages and downloads. It reads unchecked input too: null lists and rows are skipped, a repeated id
/// resolves to its last row (as the checker and a Python dict built from the list read it), and a name shows the id
/// itself when the id is unknown or its name is blank, so nothing is ever dropped from a page or a sheet.
/// </summary>
public class InstanceLookup
{
    private readonly Dictionary<string, Township> _townships;
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, CheckItem> _items;
    private readonly Dictionary<string, Need> _needs;
    private readonly Dictionary<string, Enterprise> _enterprises;
    private readonly Dictionary<string, Inspector> _inspectors;
    private readonly Dictionary<string, Visit> _visits;
    private readonly AnnualPlan? _plan;
    private readonly Dictionary<string, int> _departmentOrder = new(StringComparer.Ordinal);

    public InstanceLookup(Instance instance, AnnualPlan? plan = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Instance = instance;
        _townships = LastWins(instance.Townships, t => t.Id);
        _departments = LastWins(instance.Departments, d => d.Id);
        _items = LastWins(instance.CheckItems, i => i.Id);
        _needs = LastWins(instance.Needs, n => n.Id);
        _enterprises = LastWins(instance.Enterprises, e => e.Id);
        _inspectors = LastWins(instance.Inspectors, i => i.Id);
        _visits = LastWins(plan?.Visits, v => v.Id);
        _plan = plan;
        foreach (var d in instance.Departments ?? [])
        {
            if (d is not null) _departmentOrder.TryAdd(d.Id ?? "", _departmentOrder.Count);
        }
    }

    public Instance Instance { get; }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Instance, InstanceLookup> Shared = new();

    /// <summary>
    /// The lookup of an instance without a plan, made once per instance object and shared (instances are not changed once
    /// read: a change is a new instance). The monthly planner and the checker read the same instance dozens of times in
    /// one replan or staffed year (seed 3 of the replan bench: 38 months planned, each checked).
    /// </summary>
    public static InstanceLookup For(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Shared.GetValue(instance, i => new InstanceLookup(i));
    }

    private IReadOnlyDictionary<string, string>? _codes;

    /// <summary>The visit's stable code (<see cref="Plans.VisitCodes"/>), or null when the plan lacks the visit.</summary>
    public string? VisitCode(string visitId) =>
        (_codes ??= _plan is null ? new Dictionary<string, string>() : Plans.VisitCodes.For(Instance, _plan)).GetValueOrDefault(visitId);

    /// <summary>The instance's rules, or the contract's defaults when it gives none.</summary>
    public Rules Rules => Instance.Rules ?? new Rules();

    public Enterprise? Enterprise(string id) => _enterprises.GetValueOrDefault(id);

    public Need? Need(string id) => _needs.GetValueOrDefault(id);

    public CheckItem? Item(string id) => _items.GetValueOrDefault(id);

    public Department? Department(string id) => _departments.GetValueOrDefault(id);

    public Inspector? Inspector(string id) => _inspectors.GetValueOrDefault(id);

    public Township? Township(string id) => _townships.GetValueOrDefault(id);

    /// <summary>A visit of the annual plan given to the constructor; null when unknown or no plan was given.</summary>
    public Visit? Visit(string id) => _visits.GetValueOrDefault(id);

    public string TownshipName(string? id) => id is null ? "" : NameOr(Township(id)?.Name, id);

    public string DepartmentName(string id) => NameOr(Department(id)?.Name, id);

    public string ItemName(string id) => NameOr(Item(id)?.Name, id);

    public string EnterpriseName(string id) => NameOr(Enterprise(id)?.Name, id);

    public string InspectorName(string id) => NameOr(Inspector(id)?.Name, id);

    /// <summary>The department of a need, or null when the need is unknown.</summary>
    public string? DepartmentOf(string needId) => Need(needId)?.Department;

    /// <summary>A department's place in the instance's department order; unknown departments come last.</summary>
    public int DepartmentRank(string id) => _departmentOrder.TryGetValue(id, out var rank) ? rank : int.MaxValue;

    /// <summary>The distinct departments of a visit's tasks (unknown needs are skipped), in the instance's department order.</summary>
    public IReadOnlyList<string> Departments(Visit visit) => [.. Shares(visit).Select(s => s.Department)];

    /// <summary>
    /// What a visit covers: per department (in the instance's department order, unknown ones last by id), the distinct
    /// check item ids its needs name, in task order. Tasks of unknown needs are skipped.
    /// </summary>
    public IReadOnlyList<(string Department, IReadOnlyList<string> Items)> Shares(Visit visit)
    {
        // A visit holds a few departments: a list searched in turn, sorted once at the end (the month checker asks this of
        // every visit of every month it checks).
        var shares = new List<(string Department, IReadOnlyList<string> Items)>(4);
        foreach (var task in visit.Tasks ?? [])
        {
            if (task is null || Need(task.Need ?? "") is not { } need) continue;
            var department = need.Department ?? "";
            int at = shares.FindIndex(s => s.Department == department);
            if (at < 0)
            {
                shares.Add((department, new List<string>()));
                at = shares.Count - 1;
            }
            var items = (List<string>)shares[at].Items;
            foreach (var item in need.Items ?? [])
            {
                if (item is not null && !items.Contains(item)) items.Add(item);
            }
        }
        if (shares.Count > 1)
            shares.Sort((a, b) => DepartmentRank(a.Department) != DepartmentRank(b.Department)
                ? DepartmentRank(a.Department).CompareTo(DepartmentRank(b.Department))
                : string.CompareOrdinal(a.Department, b.Department));
        return shares;
    }

    private static string NameOr(string? name, string id) => string.IsNullOrWhiteSpace(name) ? id : name;

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

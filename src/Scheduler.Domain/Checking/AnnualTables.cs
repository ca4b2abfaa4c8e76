using Scheduler.Domain.Model;

namespace Scheduler.Domain.Checking;

/// <summary>
/// The instance turned into integer tables for <see cref="AnnualCheckRun"/>: every id resolved once, so checking a
/// plan costs one dictionary lookup per visit and per task. A repeated id resolves to its last row, as a Python dict
/// built from the list would (validate_plan.py's reading).
/// </summary>
internal sealed class AnnualTables
{
    public AnnualTables(Instance instance)
    {
        Instance = instance;
        Rules = instance.Rules ?? new Rules();
        Needs = instance.Needs ?? [];
        Enterprises = instance.Enterprises ?? [];
        Capacities = instance.Capacities ?? [];

        EnterpriseById = new Dictionary<string, int>(Enterprises.Count, StringComparer.Ordinal);
        for (var e = 0; e < Enterprises.Count; e++)
        {
            if (Enterprises[e] is { } row) EnterpriseById[row.Id ?? ""] = e;
        }

        var items = instance.CheckItems ?? [];
        var itemById = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } row) itemById[row.Id ?? ""] = i;
        }
        ItemMinutes = [.. items.Select(i => i?.Minutes ?? 0)];
        ItemCount = items.Count;
        KnownItem = id => itemById.ContainsKey(id ?? "");

        NeedById = new Dictionary<string, int>(Needs.Count, StringComparer.Ordinal);
        for (var r = 0; r < Needs.Count; r++)
        {
            if (Needs[r] is { } row) NeedById[row.Id ?? ""] = r;
        }

        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        int DepartmentOf(string? id)
        {
            id ??= "";
            if (!departments.TryGetValue(id, out var d)) departments[id] = d = departments.Count;
            return d;
        }

        NeedDepartment = new int[Needs.Count];
        NeedEnterprise = new int[Needs.Count];
        NeedMonths = new int[Needs.Count];
        NeedItems = new int[Needs.Count][];
        OccurrenceOffset = new int[Needs.Count + 1];
        for (var r = 0; r < Needs.Count; r++)
        {
            OccurrenceOffset[r + 1] = OccurrenceOffset[r];
            if (Needs[r] is not { } n) continue;
            NeedDepartment[r] = DepartmentOf(n.Department);
            NeedEnterprise[r] = EnterpriseById.GetValueOrDefault(n.Enterprise ?? "", -1);
            NeedMonths[r] = AllowedMonths(n.Months);
            NeedItems[r] = [.. (n.Items ?? []).Select(id => itemById.GetValueOrDefault(id ?? "", -1)).Where(i => i >= 0)];
            OccurrenceOffset[r + 1] += Math.Max(0, n.TimesPerYear);
        }
        CapacityDepartment = [.. Capacities.Select(c => c is null ? -1 : DepartmentOf(c.Department))];
        DepartmentCount = departments.Count;
    }

    public Instance Instance { get; }
    public Rules Rules { get; }
    public IReadOnlyList<Need> Needs { get; }
    public IReadOnlyList<Enterprise> Enterprises { get; }
    public IReadOnlyList<Capacity> Capacities { get; }

    public Dictionary<string, int> EnterpriseById { get; }
    public Dictionary<string, int> NeedById { get; }
    public Func<string?, bool> KnownItem { get; }
    public int[] ItemMinutes { get; }
    public int ItemCount { get; }
    public int DepartmentCount { get; }

    /// <summary>Per need row: its department's index (departments numbered by first mention).</summary>
    public int[] NeedDepartment { get; }

    /// <summary>Per need row: the row of its enterprise, or -1 when unknown.</summary>
    public int[] NeedEnterprise { get; }

    /// <summary>Per need row: allowed months as a bit mask (bit m = month m); a null or empty list allows all twelve.</summary>
    public int[] NeedMonths { get; }

    /// <summary>Per need row: the rows of its known check items (unknown ones take no minutes).</summary>
    public int[][] NeedItems { get; }

    /// <summary>Occurrence k (1-based) of need row r has slot OccurrenceOffset[r] + k − 1; the last entry is the total.</summary>
    public int[] OccurrenceOffset { get; }

    /// <summary>Per capacity row: its department's index, or -1 for a null row.</summary>
    public int[] CapacityDepartment { get; }

    public static bool Allows(int mask, int month) => MonthSet.Contains(mask, month);

    private static int AllowedMonths(IReadOnlyList<int>? months) => months is { Count: > 0 } ? MonthSet.Of(months) : MonthSet.All;
}

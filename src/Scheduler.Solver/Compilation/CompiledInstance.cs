using Scheduler.Domain.Model;

namespace Scheduler.Solver.Compilation;

/// <summary>
/// The instance in integer form for the planners: departments, items, enterprises and needs by index,
/// capacities as a department × month table. Built once per solve; read-only afterwards.
/// </summary>
internal sealed class CompiledInstance
{
    /// <summary>Capacity of a department-month without a row: unbounded.</summary>
    public const int Unbounded = int.MaxValue;

    public Instance Source { get; }
    public string[] DepartmentIds { get; }
    public string[] DepartmentNames { get; }
    public int[] ItemMinutes { get; }
    public string[] EnterpriseIds { get; }

    /// <summary>The yearly visit cap of each enterprise (its tier's), or <see cref="Unbounded"/>.</summary>
    public int[] EnterpriseCap { get; }

    public CompiledNeed[] Needs { get; }

    /// <summary>Needs of each enterprise, in instance order.</summary>
    public int[][] NeedsOfEnterprise { get; }

    /// <summary>Capacity[d, m] for month m in 1..12 (column 0 unused).</summary>
    public int[,] Capacity { get; }

    /// <summary>Department id → index (the first row of a repeated id).</summary>
    public IReadOnlyDictionary<string, int> DepartmentIndex { get; }

    /// <summary>Enterprise id → index (the first row of a repeated id).</summary>
    public IReadOnlyDictionary<string, int> EnterpriseIndex { get; }

    /// <summary>Need id → index (the first row of a repeated id).</summary>
    public Dictionary<string, int> NeedIndex { get; } = new(StringComparer.Ordinal);

    public int MaxDepartmentsPerVisit { get; }
    public int MaxVisitMinutes { get; }

    public int DepartmentCount => DepartmentIds.Length;

    public CompiledInstance(Instance instance)
    {
        Source = instance;
        DepartmentIds = instance.Departments.Select(d => d.Id).ToArray();
        DepartmentNames = instance.Departments.Select(d => d.Name).ToArray();
        var deptIndex = DepartmentIndex = Index(DepartmentIds);
        var itemIndex = Index(instance.CheckItems.Select(i => i.Id));
        ItemMinutes = instance.CheckItems.Select(i => i.Minutes).ToArray();
        EnterpriseIds = instance.Enterprises.Select(e => e.Id).ToArray();
        var entIndex = EnterpriseIndex = Index(EnterpriseIds);
        EnterpriseCap = instance.Enterprises.Select(e => instance.Rules.CapFor(e.CreditTier) ?? Unbounded).ToArray();
        var open = instance.Enterprises.Select(e => MonthSet.All & ~MonthSet.Of(e.ClosedMonths)).ToArray();

        Needs = new CompiledNeed[instance.Needs.Count];
        var byEnterprise = new List<int>[EnterpriseIds.Length];
        for (int i = 0; i < byEnterprise.Length; i++) byEnterprise[i] = [];
        for (int i = 0; i < Needs.Length; i++)
        {
            var n = instance.Needs[i];
            int e = entIndex[n.Enterprise];
            var items = n.Items.Select(id => itemIndex[id]).Distinct().Order().ToArray();
            int mask = MonthSet.Of(n.Months.Count == 0 ? Need.AllMonths : n.Months) & open[e];
            Needs[i] = new CompiledNeed(i, n.Id, deptIndex[n.Department], e, items, n.TimesPerYear, mask,
                Math.Max(1, n.MinGapMonths), n.Standalone);
            byEnterprise[e].Add(i);
            NeedIndex.TryAdd(n.Id, i);
        }
        NeedsOfEnterprise = byEnterprise.Select(l => l.ToArray()).ToArray();

        Capacity = new int[DepartmentIds.Length, 13];
        for (int d = 0; d < DepartmentIds.Length; d++)
            for (int m = 0; m <= 12; m++)
                Capacity[d, m] = Unbounded;
        foreach (var c in instance.Capacities)
            if (deptIndex.TryGetValue(c.Department, out int d) && c.Month is >= 1 and <= 12)
                Capacity[d, c.Month] = Math.Min(Capacity[d, c.Month], Math.Max(0, c.Visits));

        MaxDepartmentsPerVisit = instance.Rules.MaxDepartmentsPerVisit;
        MaxVisitMinutes = instance.Rules.MaxVisitMinutes;
    }

    public string DepartmentLabel(int d) =>
        string.IsNullOrEmpty(DepartmentNames[d]) ? DepartmentIds[d] : $"{DepartmentIds[d]} ({DepartmentNames[d]})";

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) map.TryAdd(id, map.Count);
        return map;
    }
}

using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>
/// What the office's overview shows of an annual plan: the spec's figures (from <see cref="PlanChecker"/>, so they
/// are the validator's), the month × township heat map, the month × department load against capacity, and the
/// per-department comparison of the status quo with the merged plan.
/// </summary>
public sealed class PlanOverview
{
    private PlanOverview(PlanCheckReport report, int jointVisits, HeatMap heatMap, IReadOnlyList<DepartmentLoad> load,
        IReadOnlyList<DepartmentRow> departments)
    {
        Report = report;
        JointVisits = jointVisits;
        HeatMap = heatMap;
        Load = load;
        Departments = departments;
    }

    /// <summary>The checker's verdict; its figures are the spec's (§2 "Quality" and "Reference figures").</summary>
    public PlanCheckReport Report { get; }

    public PlanFigures Figures => Report.Figures;

    /// <summary>Visits of two or more departments.</summary>
    public int JointVisits { get; }

    public HeatMap HeatMap { get; }

    /// <summary>Per department (register order), per month: visits that include it against its capacity.</summary>
    public IReadOnlyList<DepartmentLoad> Load { get; }

    /// <summary>Per department (register order): status quo, merged visits, joint visits, unassigned occurrences.</summary>
    public IReadOnlyList<DepartmentRow> Departments { get; }

    public static PlanOverview Build(Instance instance, AnnualPlan plan)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        var index = new PlanIndex(instance);
        var report = PlanChecker.Check(instance, plan);
        var visits = plan.Visits ?? [];
        var departmentsOf = visits.Select(index.Departments).ToArray();
        var jointVisits = departmentsOf.Count(d => d.Count >= 2);
        return new PlanOverview(report, jointVisits, BuildHeatMap(index, visits), BuildLoad(index, visits, departmentsOf),
            BuildDepartments(index, plan, departmentsOf));
    }

    private static HeatMap BuildHeatMap(PlanIndex index, IReadOnlyList<Visit> visits)
    {
        var townships = index.Instance.Townships ?? [];
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in townships) rowOf.TryAdd(t.Id, rowOf.Count);
        var counts = new List<int[]>(townships.Select(_ => new int[12]));
        var unknown = new int[12];
        foreach (var visit in visits)
        {
            if (visit.Month is < 1 or > 12) continue;
            var township = index.Enterprise(visit.Enterprise)?.Township;
            var row = township is not null && rowOf.TryGetValue(township, out var r) ? counts[r] : unknown;
            row[visit.Month - 1]++;
        }
        var rows = rowOf.Select(t => new HeatMapRow(t.Key, index.TownshipName(t.Key), counts[t.Value])).ToList();
        if (unknown.Any(c => c > 0)) rows.Add(new HeatMapRow("", "", unknown));
        return new HeatMap(rows);
    }

    private static List<DepartmentLoad> BuildLoad(PlanIndex index, IReadOnlyList<Visit> visits, IReadOnlyList<string>[] departmentsOf)
    {
        var used = new Dictionary<(string, int), int>();
        for (var v = 0; v < visits.Count; v++)
        {
            foreach (var d in departmentsOf[v])
            {
                var key = (d, visits[v].Month);
                used[key] = used.GetValueOrDefault(key) + 1;
            }
        }
        // Every capacity row binds, so several rows of one department-month leave the smallest.
        var capacity = new Dictionary<(string, int), int>();
        foreach (var row in index.Instance.Capacities ?? [])
        {
            var key = (row.Department, row.Month);
            capacity[key] = capacity.TryGetValue(key, out var c) ? Math.Min(c, row.Visits) : row.Visits;
        }
        return [.. AllDepartments(index, departmentsOf).Select(d => new DepartmentLoad(d, index.DepartmentName(d),
            [.. Enumerable.Range(1, 12).Select(m => new LoadCell(m, used.GetValueOrDefault((d, m)),
                capacity.TryGetValue((d, m), out var cap) ? cap : null))]))];
    }

    private static List<DepartmentRow> BuildDepartments(PlanIndex index, AnnualPlan plan, IReadOnlyList<string>[] departmentsOf)
    {
        var needs = index.Instance.Needs ?? [];
        var rows = new List<DepartmentRow>();
        foreach (var d in AllDepartments(index, departmentsOf))
        {
            var own = needs.Where(n => n.Department == d).ToList();
            // The status quo, as the spec's separateVisits: per enterprise, the most timesPerYear among this department's needs.
            var statusQuo = own.GroupBy(n => n.Enterprise, StringComparer.Ordinal).Sum(g => g.Max(n => n.TimesPerYear));
            var visits = departmentsOf.Count(ds => ds.Contains(d, StringComparer.Ordinal));
            var joint = departmentsOf.Count(ds => ds.Count >= 2 && ds.Contains(d, StringComparer.Ordinal));
            var unassigned = (plan.Unassigned ?? []).Count(u => index.DepartmentOf(u.Need) == d);
            rows.Add(new DepartmentRow(d, index.DepartmentName(d), own.Count, own.Sum(n => n.TimesPerYear), statusQuo, visits, joint, unassigned));
        }
        return rows;
    }

    /// <summary>The register's departments in order, then any other department a need or visit names.</summary>
    private static IEnumerable<string> AllDepartments(PlanIndex index, IReadOnlyList<string>[] departmentsOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in index.Instance.Departments ?? [])
        {
            if (seen.Add(d.Id)) yield return d.Id;
        }
        foreach (var n in index.Instance.Needs ?? [])
        {
            if (seen.Add(n.Department)) yield return n.Department;
        }
        foreach (var ds in departmentsOf)
        {
            foreach (var d in ds)
            {
                if (seen.Add(d)) yield return d;
            }
        }
    }
}

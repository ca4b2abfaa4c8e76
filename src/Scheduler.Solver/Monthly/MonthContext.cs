using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Monthly;

/// <summary>One month's planning data, indexed: its visits, townships, officers by department, working and joint days.</summary>
internal sealed class MonthContext
{
    public Instance Instance { get; }
    public int Month { get; }
    public Rules Rules => Instance.Rules;
    public string[] Departments { get; }
    public Dictionary<string, Township> Townships { get; }
    public List<MonthVisit> Visits { get; } = [];
    public IReadOnlyList<DateOnly> WorkingDays { get; }
    public IReadOnlyList<DateOnly> JointDays { get; }

    /// <summary>Department id → index into <see cref="Departments"/>.</summary>
    public Dictionary<string, int> DepartmentIndex { get; }

    /// <summary>Inspectors of each department (index as <see cref="Departments"/>).</summary>
    public List<Inspector>[] OfficersOf { get; }

    public MonthContext(Instance instance, AnnualPlan annual, int month)
    {
        Instance = instance;
        Month = month;
        Departments = instance.Departments.Select(d => d.Id).ToArray();
        var deptIndex = Departments.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        DepartmentIndex = deptIndex;
        Townships = instance.Townships.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var calendar = WorkCalendar.For(instance);
        WorkingDays = calendar.WorkingDays(month);
        JointDays = calendar.JointDays(month);
        OfficersOf = Departments.Select(_ => new List<Inspector>()).ToArray();
        foreach (var i in instance.Inspectors)
            if (deptIndex.TryGetValue(i.Department, out int d)) OfficersOf[d].Add(i);

        var lookup = InstanceLookup.For(instance);
        foreach (var v in annual.Visits.Where(v => v.Month == month))
        {
            var shares = v.Tasks.Select(t => lookup.Need(t.Need) ?? throw new KeyNotFoundException($"need {t.Need}")).GroupBy(n => n.Department)
                .ToDictionary(g => g.Key, g => g.SelectMany(n => n.Items).Distinct().Sum(i => lookup.Item(i)?.Minutes ?? 0));
            var e = lookup.Enterprise(v.Enterprise) ?? throw new KeyNotFoundException($"enterprise {v.Enterprise}");
            Visits.Add(new MonthVisit(v.Id, e.Id, e.Township, e.Location,
                shares.Keys.Select(d => deptIndex[d]).Order().ToArray(), shares.Values.DefaultIfEmpty(0).Max()));
        }
    }

    public string DepartmentName(int d) =>
        Instance.Departments[d].Name is { Length: > 0 } name ? $"{Departments[d]} ({name})" : Departments[d];

    public string TownshipName(string id) =>
        Townships.TryGetValue(id, out var t) && t.Name.Length > 0 ? t.Name : id;

    public double Travel(GeoPoint from, GeoPoint to) => TravelTime.Minutes(from, to, Rules);
}

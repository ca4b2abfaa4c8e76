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

    /// <summary>Each officer's place in the instance's list (by reference: the officers are the instance's own).</summary>
    public Dictionary<Inspector, int> OfficerPlace { get; } = new(ReferenceEqualityComparer.Instance);

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
        for (int place = 0; place < instance.Inspectors.Count; place++)
        {
            var i = instance.Inspectors[place];
            OfficerPlace[i] = place;
            if (deptIndex.TryGetValue(i.Department, out int d)) OfficersOf[d].Add(i);
        }

        var lookup = InstanceLookup.For(instance);
        var shares = new List<(int Department, List<string> Items)>();
        foreach (var v in annual.Visits)
        {
            if (v.Month != month) continue;
            // Per department of the visit, its distinct check items; the visit's minutes on site are the longest share.
            shares.Clear();
            foreach (var t in v.Tasks)
            {
                var need = lookup.Need(t.Need) ?? throw new KeyNotFoundException($"need {t.Need}");
                int d = deptIndex[need.Department];
                int at = shares.FindIndex(s => s.Department == d);
                if (at < 0) shares.Add((d, [.. need.Items]));
                else shares[at].Items.AddRange(need.Items);
            }
            int onSite = 0;
            var departments = new int[shares.Count];
            for (int i = 0; i < shares.Count; i++)
            {
                departments[i] = shares[i].Department;
                onSite = Math.Max(onSite, shares[i].Items.Distinct().Sum(item => lookup.Item(item)?.Minutes ?? 0));
            }
            Array.Sort(departments);
            var e = lookup.Enterprise(v.Enterprise) ?? throw new KeyNotFoundException($"enterprise {v.Enterprise}");
            Visits.Add(new MonthVisit(v.Id, e.Id, e.Township, e.Location, departments, onSite));
        }
    }

    public string DepartmentName(int d) =>
        Instance.Departments[d].Name is { Length: > 0 } name ? $"{Departments[d]} ({name})" : Departments[d];

    public string TownshipName(string id) =>
        Townships.TryGetValue(id, out var t) && t.Name.Length > 0 ? t.Name : id;

    public double Travel(GeoPoint from, GeoPoint to) => TravelTime.Minutes(from, to, Rules);
}

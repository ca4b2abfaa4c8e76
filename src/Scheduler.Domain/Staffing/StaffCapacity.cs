using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Staffing;

/// <summary>
/// The most team-days each department's officers can make, per township and month, on joint weekdays and on the
/// other working days: on each date, the officers who may work in the township (posted there, or at county level)
/// and are not on leave, in whole teams of <c>officersPerDepartment</c>. Conflicts of interest are per enterprise
/// and do not count here. County-wide, every available officer counts once (posted officers only where posted).
/// </summary>
public sealed class StaffCapacity
{
    /// <summary>Index of the county-wide figures in the township dimension.</summary>
    public const int County = 0;

    private readonly int[,,] _joint;   // [department, township + 1 (0 = county-wide), month]
    private readonly int[,,] _other;

    public StaffCapacity(Instance instance)
    {
        Departments = instance.Departments.Select(d => d.Id).ToArray();
        Townships = instance.Townships.Select(t => t.Id).ToArray();
        var deptIndex = Index(Departments);
        var townIndex = Index(Townships);
        int k = Math.Max(1, instance.Rules.OfficersPerDepartment);
        OfficersPerTeam = k;
        _joint = new int[Departments.Length, Townships.Length + 1, 13];
        _other = new int[Departments.Length, Townships.Length + 1, 13];
        Officers = new int[Departments.Length];

        // Officers by department: county-level ones, and posted ones by township (unknown townships never count).
        var county = Departments.Select(_ => new List<Inspector>()).ToArray();
        var posted = Departments.Select(_ => Townships.Select(_ => new List<Inspector>()).ToArray()).ToArray();
        foreach (var o in instance.Inspectors)
        {
            if (!deptIndex.TryGetValue(o.Department, out int d)) continue;
            Officers[d]++;
            if (string.IsNullOrEmpty(o.Township)) county[d].Add(o);
            else if (townIndex.TryGetValue(o.Township, out int t)) posted[d][t].Add(o);
        }

        var calendar = WorkCalendar.For(instance);
        for (int m = 1; m <= 12; m++)
        {
            var joint = calendar.JointDays(m).ToHashSet();
            foreach (var date in calendar.WorkingDays(m))
            {
                var table = joint.Contains(date) ? _joint : _other;
                for (int d = 0; d < Departments.Length; d++)
                {
                    int free = county[d].Count(o => Available(o, date));
                    int all = free;
                    for (int t = 0; t < Townships.Length; t++)
                    {
                        int here = posted[d][t].Count(o => Available(o, date));
                        all += here;
                        table[d, t + 1, m] += (free + here) / k;
                    }
                    table[d, County, m] += all / k;
                }
            }
        }
    }

    public string[] Departments { get; }
    public string[] Townships { get; }

    /// <summary>Officers of each department (index as <see cref="Departments"/>).</summary>
    public int[] Officers { get; }

    /// <summary>Officers a department sends to a visit (rules.officersPerDepartment).</summary>
    public int OfficersPerTeam { get; }

    /// <summary>Team-days of department <paramref name="d"/> on the joint weekdays of <paramref name="month"/>, in township
    /// index <paramref name="township"/> (0-based into <see cref="Townships"/>), or county-wide when it is null.</summary>
    public int JointTeamDays(int d, int? township, int month) => _joint[d, township is { } t ? t + 1 : County, month];

    /// <summary>Team-days of department <paramref name="d"/> on the working days of <paramref name="month"/> that are not joint weekdays.</summary>
    public int OtherTeamDays(int d, int? township, int month) => _other[d, township is { } t ? t + 1 : County, month];

    private static bool Available(Inspector o, DateOnly date) => !o.Unavailable.Contains(date);

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) map.TryAdd(id, map.Count);
        return map;
    }
}

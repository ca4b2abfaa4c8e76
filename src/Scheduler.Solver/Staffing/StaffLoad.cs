using Scheduler.Domain.Staffing;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// What the officers can carry, in visits, and what the plan asks of them. A department's team-days (from
/// <see cref="StaffCapacity"/>) hold a few visits each: joint visits only on joint weekdays, every visit of the
/// department on some working day; per township (posted officers and county ones) and county-wide. The limits start
/// from the staff and are tightened where the monthly planner still leaves visits out (<see cref="Tighten"/>).
/// </summary>
internal sealed class StaffLoad
{
    private readonly CompiledInstance _ci;
    private readonly Dictionary<StaffCell, int> _cap = [];
    private readonly Dictionary<StaffCell, int> _use = [];

    /// <summary>The township index (into <see cref="StaffCapacity.Townships"/>) of each enterprise, −1 if unknown.</summary>
    public int[] TownshipOf { get; }

    /// <param name="schedules">The plan whose visits set how many a team-day holds (their on-site minutes).</param>
    /// <param name="fill">The share of a team-day's room counted on (teams mix departments, routes are not perfect).</param>
    public StaffLoad(CompiledInstance ci, StaffCapacity staff, IReadOnlyList<EnterpriseSchedule> schedules, double fill)
    {
        _ci = ci;
        var townIndex = staff.Townships.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        TownshipOf = ci.Source.Enterprises.Select(e => townIndex.GetValueOrDefault(e.Township, -1)).ToArray();
        var perDay = VisitsPerTeamDay(ci, staff, schedules, TownshipOf);
        for (int d = 0; d < ci.DepartmentCount; d++)
            for (int m = 1; m <= 12; m++)
                for (int t = -1; t < staff.Townships.Length; t++)
                {
                    int? township = t < 0 ? null : t;
                    int joint = staff.JointTeamDays(d, township, m);
                    int all = joint + staff.OtherTeamDays(d, township, m);
                    _cap[new StaffCell(true, d, t, m)] = (int)Math.Floor(joint * perDay[d, t + 1, 1] * fill + 1e-9);
                    _cap[new StaffCell(false, d, t, m)] = (int)Math.Floor(all * perDay[d, t + 1, 0] * fill + 1e-9);
                }
    }

    /// <summary>
    /// Visits a team-day of department d holds in township t ([d, t + 1, joint ? 1 : 0]; t + 1 = 0 county-wide): the working
    /// day over the mean on-site minutes of its visits there plus one hop (about the mean way from the office to its
    /// enterprises), less the way back; at most maxVisitsPerTeamDay, at least 1.
    /// </summary>
    private static double[,,] VisitsPerTeamDay(CompiledInstance ci, StaffCapacity staff, IReadOnlyList<EnterpriseSchedule> schedules, int[] townOf)
    {
        var rules = ci.Source.Rules;
        int towns = staff.Townships.Length;
        var offices = ci.Source.Townships.ToDictionary(t => t.Id, t => t.Location, StringComparer.Ordinal);
        var hop = new double[towns + 1];
        var hopCount = new int[towns + 1];
        for (int e = 0; e < townOf.Length; e++)
        {
            if (townOf[e] < 0 || !offices.TryGetValue(ci.Source.Enterprises[e].Township, out var office)) continue;
            double minutes = Domain.Calendar.TravelTime.Minutes(office, ci.Source.Enterprises[e].Location, rules);
            hop[townOf[e] + 1] += minutes;
            hopCount[townOf[e] + 1]++;
            hop[0] += minutes;
            hopCount[0]++;
        }
        var minutesSum = new double[ci.DepartmentCount, towns + 1, 2];
        var count = new int[ci.DepartmentCount, towns + 1, 2];
        foreach (var s in schedules)
            foreach (var v in s.Visits)
            {
                var shares = v.Needs.GroupBy(n => ci.Needs[n].Department)
                    .Select(g => (Department: g.Key, Minutes: g.SelectMany(n => ci.Needs[n].Items).Distinct().Sum(i => ci.ItemMinutes[i]))).ToList();
                double onSite = shares.Max(x => x.Minutes);
                int joint = shares.Count > 1 ? 1 : 0, t = townOf[s.Enterprise] + 1;
                foreach (var (d, _) in shares)
                    foreach (var kind in joint == 1 ? new[] { 0, 1 } : new[] { 0 })
                        foreach (var place in t > 0 ? new[] { 0, t } : new[] { 0 })
                        {
                            minutesSum[d, place, kind] += onSite;
                            count[d, place, kind]++;
                        }
            }
        var perDay = new double[ci.DepartmentCount, towns + 1, 2];
        for (int d = 0; d < ci.DepartmentCount; d++)
            for (int t = 0; t <= towns; t++)
                for (int kind = 0; kind < 2; kind++)
                {
                    double way = hopCount[t] > 0 ? hop[t] / hopCount[t] : 0;
                    double onSite = count[d, t, kind] > 0 ? minutesSum[d, t, kind] / count[d, t, kind] : 60;
                    double fits = (rules.WorkdayMinutes - way) / Math.Max(1, onSite + way);
                    perDay[d, t, kind] = Math.Clamp(fits, 1, rules.MaxVisitsPerTeamDay);
                }
        return perDay;
    }

    public int Cap(StaffCell cell) => _cap.GetValueOrDefault(cell);

    public int Use(StaffCell cell) => _use.GetValueOrDefault(cell);

    public int Overflow(StaffCell cell) => Math.Max(0, Use(cell) - Cap(cell));

    /// <summary>Cells whose use is above their limit, the worst first (ties in a fixed order).</summary>
    public List<StaffCell> Overloaded() => _use.Where(kv => kv.Value > Cap(kv.Key)).Select(kv => kv.Key)
        .OrderByDescending(Overflow).ThenBy(c => c.Joint ? 0 : 1).ThenBy(c => c.Department).ThenBy(c => c.Month).ThenBy(c => c.Township).ToList();

    public int TotalOverflow => _use.Sum(kv => Math.Max(0, kv.Value - Cap(kv.Key)));

    /// <summary>Lowers a limit to <paramref name="cap"/> (never raises it).</summary>
    public void Tighten(StaffCell cell, int cap) => _cap[cell] = Math.Max(0, Math.Min(Cap(cell), cap));

    /// <summary>The cells one visit uses: every department's all-visits cells, and its joint cells when it has two or more departments.</summary>
    public IEnumerable<StaffCell> CellsOf(int enterprise, ScheduledVisit v)
    {
        int t = TownshipOf[enterprise];
        var departments = Departments(v);
        bool joint = departments.Count > 1;
        foreach (var d in departments)
        {
            yield return new StaffCell(false, d, -1, v.Month);
            if (t >= 0) yield return new StaffCell(false, d, t, v.Month);
            if (!joint) continue;
            yield return new StaffCell(true, d, -1, v.Month);
            if (t >= 0) yield return new StaffCell(true, d, t, v.Month);
        }
    }

    public List<int> Departments(ScheduledVisit v)
    {
        var list = new List<int>(4);
        foreach (var n in v.Needs)
        {
            int d = _ci.Needs[n].Department;
            if (!list.Contains(d)) list.Add(d);
        }
        return list;
    }

    public void Add(EnterpriseSchedule s) => Change(s, +1);

    public void Remove(EnterpriseSchedule s) => Change(s, -1);

    /// <summary>Use of each cell a schedule touches.</summary>
    public Dictionary<StaffCell, int> UseOf(EnterpriseSchedule s)
    {
        var use = new Dictionary<StaffCell, int>();
        foreach (var v in s.Visits)
            foreach (var c in CellsOf(s.Enterprise, v)) use[c] = use.GetValueOrDefault(c) + 1;
        return use;
    }

    private void Change(EnterpriseSchedule s, int sign)
    {
        foreach (var v in s.Visits)
            foreach (var c in CellsOf(s.Enterprise, v)) _use[c] = _use.GetValueOrDefault(c) + sign;
    }
}

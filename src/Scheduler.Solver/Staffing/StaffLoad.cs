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
    private readonly HashSet<StaffCell> _over = []; // cells whose use is above their limit
    private readonly bool[,] _countyServed; // [department, township]: no officer of the department is posted there

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
        // Townships no officer of a department is posted to share its county-level officers: one limit for them together.
        _countyServed = new bool[ci.DepartmentCount, staff.Townships.Length];
        var postedTo = new HashSet<(int, int)>();
        foreach (var o in ci.Source.Inspectors)
            if (ci.DepartmentIndex.TryGetValue(o.Department, out int od) && !string.IsNullOrEmpty(o.Township) && townIndex.TryGetValue(o.Township, out int ot))
                postedTo.Add((od, ot));
        for (int d = 0; d < ci.DepartmentCount; d++)
        {
            int some = -1;
            for (int t = 0; t < staff.Townships.Length; t++)
                if (!postedTo.Contains((d, t))) (_countyServed[d, t], some) = (true, t);
            if (some < 0) continue;
            for (int m = 1; m <= 12; m++)
            {
                // A township without posted officers has the county-level officers' team-days alone.
                int joint = staff.JointTeamDays(d, some, m), all = joint + staff.OtherTeamDays(d, some, m);
                _cap[new StaffCell(true, d, StaffCell.CountyServed, m)] = (int)Math.Floor(joint * perDay[d, 0, 1] * fill + 1e-9);
                _cap[new StaffCell(false, d, StaffCell.CountyServed, m)] = (int)Math.Floor(all * perDay[d, 0, 0] * fill + 1e-9);
            }
        }
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

    /// <summary>Whether an enterprise's visits of the cell's department fall in the cell's township(s).</summary>
    public bool Covers(StaffCell cell, int enterprise) => cell.Township switch
    {
        StaffCell.CountyWide => true,
        StaffCell.CountyServed => TownshipOf[enterprise] >= 0 && _countyServed[cell.Department, TownshipOf[enterprise]],
        _ => TownshipOf[enterprise] == cell.Township,
    };

    /// <summary>The cells of department <paramref name="d"/> in month <paramref name="month"/> that hold an enterprise's visits.</summary>
    public IEnumerable<StaffCell> CellsAt(bool joint, int d, int enterprise, int month)
    {
        int t = TownshipOf[enterprise];
        yield return new StaffCell(joint, d, StaffCell.CountyWide, month);
        if (t < 0) yield break;
        yield return new StaffCell(joint, d, t, month);
        if (_countyServed[d, t]) yield return new StaffCell(joint, d, StaffCell.CountyServed, month);
    }

    public int Cap(StaffCell cell) => _cap.GetValueOrDefault(cell);

    /// <summary>True when one more visit of department <paramref name="d"/> at the enterprise in the month (a joint one:
    /// <paramref name="joint"/>'s cells) would go over a limit of its officers.</summary>
    public bool Full(int d, int enterprise, int month, bool joint) => CellsAt(joint, d, enterprise, month).Any(c => Use(c) >= Cap(c));

    /// <summary><see cref="Full(int, int, int, bool)"/> for any visit of the department (its all-visits cells).</summary>
    public bool Full(int d, int enterprise, int month) => Full(d, enterprise, month, joint: false);

    public int Use(StaffCell cell) => _use.GetValueOrDefault(cell);

    public int Overflow(StaffCell cell) => Math.Max(0, Use(cell) - Cap(cell));

    /// <summary>
    /// The worst cell whose use is above its limit among those <paramref name="allowed"/> admits: most overflow, then joint
    /// before all-visits, then department, month and township (a total order, so one cell); null when none. One pass over the
    /// cells instead of sorting them all for every change the fit makes (seed 3's replan: 0.7 s of the fit's 2 s).
    /// </summary>
    public StaffCell? WorstOverloaded(Func<StaffCell, bool> allowed)
    {
        StaffCell? worst = null;
        int worstOverflow = 0;
        foreach (var cell in _over)
        {
            int overflow = Use(cell) - Cap(cell);
            if (overflow <= 0 || overflow < worstOverflow) continue;
            if (worst is { } w && overflow == worstOverflow && Order(cell).CompareTo(Order(w)) >= 0) continue;
            if (!allowed(cell)) continue;
            (worst, worstOverflow) = (cell, overflow);
        }
        return worst;
    }

    private static (int, int, int, int) Order(StaffCell c) => (c.Joint ? 0 : 1, c.Department, c.Month, c.Township);

    public int TotalOverflow => _use.Sum(kv => Math.Max(0, kv.Value - Cap(kv.Key)));

    /// <summary>Lowers a limit to <paramref name="cap"/> (never raises it).</summary>
    public void Tighten(StaffCell cell, int cap)
    {
        _cap[cell] = Math.Max(0, Math.Min(Cap(cell), cap));
        Track(cell);
    }

    /// <summary>Every cell's limit raised to what it holds now where it holds more: the year as it stands is taken as
    /// carried, so only limits tightened from here on make cells over-full.</summary>
    public void AcceptUse()
    {
        foreach (var (cell, use) in _use)
            if (use > Cap(cell)) _cap[cell] = use;
        _over.Clear();
    }

    /// <summary>The cells one visit uses: every department's all-visits cells, and its joint cells when it has two or more departments.</summary>
    public IEnumerable<StaffCell> CellsOf(int enterprise, ScheduledVisit v)
    {
        var departments = Departments(v);
        bool joint = departments.Count > 1;
        foreach (var d in departments)
        {
            foreach (var cell in CellsAt(false, d, enterprise, v.Month)) yield return cell;
            if (!joint) continue;
            foreach (var cell in CellsAt(true, d, enterprise, v.Month)) yield return cell;
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
            foreach (var c in CellsOf(s.Enterprise, v))
            {
                _use[c] = _use.GetValueOrDefault(c) + sign;
                Track(c);
            }
    }

    private void Track(StaffCell cell)
    {
        if (Use(cell) > Cap(cell)) _over.Add(cell);
        else _over.Remove(cell);
    }
}

using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// One month of a staffed year, with sibling visits merged back: where an enterprise has two visits in the month (the
/// staffing split a department's checks off, or moved a visit in), the two become one when some team-day can carry the
/// merged visit — its officers already there, officers free that day added, or a new team-day on a free date. Each merge
/// saves one visit; a merge that takes in a left-out visit also schedules it. Every rule of a month is kept: a joint
/// visit on a joint weekday, the officers of each department (available, posted there or at county level, without
/// conflicts), at most maxVisitsPerTeamDay visits and workdayMinutes a day. Deterministic: enterprises, visits, days and
/// officers are tried in a fixed order. An enterprise's visits are indexed (not looked up among the month's), and a day is
/// tested on its count, conflicts, team and length before free officers are looked for: on the 60,000-enterprise county
/// the merge took 115 + 90 s of the staffed year's 464 s.
/// </summary>
internal sealed class MonthMerge
{
    private readonly CompiledInstance _ci;
    private readonly Rules _rules;
    private readonly WorkCalendar _calendar;
    private readonly int _month;
    private readonly Dictionary<string, Visit> _visits;
    private readonly List<MergeDay> _days;
    private readonly Dictionary<string, List<MergeDay>> _daysIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MergeDay> _dayOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnscheduledVisit> _left;
    private readonly Dictionary<DateOnly, HashSet<string>> _busy = [];
    private readonly Dictionary<string, Inspector> _officers;
    private readonly Dictionary<string, HashSet<DateOnly>> _leave;
    private readonly Dictionary<string, Inspector[]> _byDepartment;
    private readonly Dictionary<string, GeoPoint> _offices;
    private readonly Dictionary<string, int> _onSite = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _ofEnterprise = new(StringComparer.Ordinal);
    private int _nextDay;
    // How often each township's team-days have changed; a visit no day could take in (or a merge no day could make room
    // for) is not tried again until its township's days change. Officers freed in another township are not counted: such a
    // try may be missed, never made wrongly.
    private readonly Dictionary<string, int> _changes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _noHome = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _noRoom = [];
    private readonly List<string> _route = [];
    // Per township and department, the team-days (by date) whose team covers the department (MergeDay.Covered).
    private readonly Dictionary<(string Township, int Department), List<MergeDay>> _covering = [];

    public int Month => _month;

    /// <summary>Visits absorbed into a sibling (gone from the annual plan).</summary>
    public HashSet<string> Absorbed { get; } = new(StringComparer.Ordinal);

    public MonthMerge(CompiledInstance ci, IEnumerable<Visit> visits, MonthlyPlan month)
    {
        _ci = ci;
        _rules = ci.Source.Rules;
        _calendar = WorkCalendar.For(ci.Source);
        _month = month.Month;
        _visits = visits.ToDictionary(v => v.Id, StringComparer.Ordinal);
        _officers = ci.Source.Inspectors.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _leave = _officers.ToDictionary(kv => kv.Key, kv => kv.Value.Unavailable.ToHashSet(), StringComparer.Ordinal);
        // Officers posted to a township first (they can serve nowhere else), then county-level ones; by id.
        _byDepartment = _officers.Values.GroupBy(o => o.Department, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => g.OrderBy(o => string.IsNullOrEmpty(o.Township) ? 1 : 0).ThenBy(o => o.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _offices = ci.Source.Townships.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Location, StringComparer.Ordinal);
        _days = month.TeamDays.Select(d => new MergeDay(d.Id, d.Date, d.Township, [.. d.Inspectors], [.. d.Visits])).ToList();
        foreach (var day in _days) Cover(day);
        foreach (var day in _days)
        {
            DaysIn(day.Township).Add(day);
            foreach (var v in day.Visits) _dayOf[v] = day;
            Busy(day.Date).UnionWith(day.Inspectors);
        }
        foreach (var list in _daysIn.Values) list.Sort(ByDate);
        _left = month.Unscheduled.ToDictionary(u => u.Visit, StringComparer.Ordinal);
        foreach (var v in _visits.Values)
        {
            _onSite[v.Id] = OnSite(Needs(v.Tasks));
            if (!_ofEnterprise.TryGetValue(v.Enterprise, out var ids)) _ofEnterprise[v.Enterprise] = ids = new(StringComparer.Ordinal);
            ids.Add(v.Id);
        }
        _nextDay = _days.Count + 1;
    }

    /// <summary>Merges siblings: first where the officers are there, then adding free officers, then on new team-days.</summary>
    public int Run()
    {
        int merged = 0;
        var byEnterprise = _ofEnterprise.Where(kv => kv.Value.Count > 1).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        foreach (var step in MergeSteps.All)
            foreach (var enterprise in byEnterprise)
                while (MergeOnce(enterprise, step)) merged++;
        return merged;
    }

    /// <summary>
    /// Visits still left out placed where the month now has room for them: a team-day of the township whose officers are
    /// there, one with officers free that day added, or a new team-day (as a visit handed on, <see cref="Home"/>). Merges
    /// free officers and days, and a what-if's new officers or joint weekday more; each visit placed is one fewer left out.
    /// </summary>
    public int PlaceLeft()
    {
        int placed = 0;
        foreach (var x in _left.Keys.Where(_visits.ContainsKey).Order(StringComparer.Ordinal).ToList())
        {
            var township = TownshipOf(_visits[x].Enterprise);
            if (_noHome.TryGetValue(x, out int at) && at == Changes(township)) continue;
            if (Home(x, null, []) is not { } home)
            {
                _noHome[x] = Changes(township);
                continue;
            }
            Place(x, home);
            _left.Remove(x);
            _changes[township] = Changes(township) + 1;
            placed++;
        }
        return placed;
    }

    /// <summary>The month with the merges: team-days (emptied ones dropped) and the visits still left out.</summary>
    public MonthlyPlan Plan(MonthlyPlan before) => before with
    {
        TeamDays = _days.Where(d => d.Visits.Count > 0)
            .Select(d => new TeamDay { Id = d.Id, Date = d.Date, Township = d.Township, Inspectors = d.Inspectors, Visits = d.Visits }).ToList(),
        Unscheduled = before.Unscheduled.Where(u => _left.ContainsKey(u.Visit)).ToList(),
    };

    /// <summary>The month's visits with the merges (absorbed ones dropped, carriers with both visits' tasks).</summary>
    public IReadOnlyDictionary<string, Visit> Visits => _visits;

    private bool MergeOnce(string enterprise, MergeStep step)
    {
        var siblings = _ofEnterprise[enterprise].Select(id => _visits[id]).ToList();
        for (int i = 0; i < siblings.Count; i++)
            for (int j = i + 1; j < siblings.Count; j++)
                if (TryMerge(siblings[i], siblings[j], step)) return true;
        return false;
    }

    /// <summary>Merges <paramref name="b"/> (of this month, or of another month when the caller has checked it may move here) into
    /// <paramref name="a"/> of this month, on a team-day <paramref name="step"/> allows; false when none can carry it.</summary>
    public bool TryMerge(Visit a, Visit b, MergeStep step)
    {
        var needs = Needs(a.Tasks).Concat(Needs(b.Tasks)).ToList();
        if (!VisitRules.Holds(_ci, needs)) return false;
        var departments = Departments(needs);
        bool joint = departments.Count > 1;
        ulong need = Mask(departments);
        int onSite = OnSite(needs);
        var township = TownshipOf(a.Enterprise);
        if (step == MergeStep.NewDay) return TryNewDay(a, b, departments, joint, onSite, township);
        if (step == MergeStep.MakeRoom) return TryMakingRoom(a, b, departments, need, joint, onSite, township);
        // The first step takes only days whose team covers every department already (the siblings' own days, then those).
        foreach (var day in step == MergeStep.Present ? RoomCandidates(a, b, township, need) : Candidates(a, b, township))
        {
            if (joint && !_calendar.IsJointDay(day.Date)) continue;
            bool holdsA = day.Visits.Contains(a.Id), holdsB = day.Visits.Contains(b.Id);
            // The day's other visits and the merged one (a day holds a visit once).
            if (day.Visits.Count - (holdsA ? 1 : 0) - (holdsB ? 1 : 0) + 1 > _rules.MaxVisitsPerTeamDay) continue;
            // A team new to the enterprise must have no conflict with it.
            if (!holdsA && !holdsB && Conflicts(day, a.Enterprise)) continue;
            // The first step takes only days whose team already holds every department: checked before looking for officers.
            if (step == MergeStep.Present && !Holds(day, departments, need)) continue;
            var (carrier, absorbed) = holdsB && !holdsA ? (b, a) : (a, b);
            var order = new List<string>(day.Visits.Count + 1);
            int onSiteOthers = 0;
            foreach (var v in day.Visits)
                if (v != a.Id && v != b.Id)
                {
                    order.Add(v);
                    onSiteOthers += _onSite[v];
                }
            // The day's minutes on site alone over the day: no route makes it shorter.
            if (onSiteOthers + onSite > _rules.WorkdayMinutes) continue;
            int at = holdsA || holdsB ? day.Visits.IndexOf(carrier.Id) - day.Visits.Take(day.Visits.IndexOf(carrier.Id)).Count(v => v == absorbed.Id) : BestInsertion(day.Township, order, carrier.Enterprise);
            order.Insert(Math.Min(at, order.Count), carrier.Id);
            if (Length(day.Township, order, carrier.Id, onSite) > _rules.WorkdayMinutes) continue;
            var enterprises = order.Select(v => _visits[v].Enterprise).Append(a.Enterprise).ToHashSet(StringComparer.Ordinal);
            if (Officers(day.Date, day.Township, departments, day.Inspectors, enterprises) is not { } added) continue;
            Apply(day, order, added, carrier, absorbed, onSite);
            return true;
        }
        return false;
    }

    /// <summary>Takes a visit that moved into another month's sibling off this month.</summary>
    public void Release(string visit)
    {
        if (_dayOf.TryGetValue(visit, out var on)) _changes[on.Township] = Changes(on.Township) + 1;
        _left.Remove(visit);
        if (_dayOf.Remove(visit, out var day)) Drop(day, visit);
        if (_visits.Remove(visit, out var gone)) _ofEnterprise[gone.Enterprise].Remove(visit);
        Absorbed.Add(visit);
    }

    /// <summary>The team-days to try, in order: those of <paramref name="a"/> and <paramref name="b"/>, then the township's
    /// others with visits by date and id.</summary>
    private IEnumerable<MergeDay> Candidates(Visit a, Visit b, string township)
    {
        var ownA = _dayOf.GetValueOrDefault(a.Id);
        var ownB = _dayOf.GetValueOrDefault(b.Id);
        if (ownA is not null) yield return ownA;
        if (ownB is not null && ownB != ownA) yield return ownB;
        foreach (var day in DaysIn(township))
            if (day.Visits.Count > 0 && day != ownA && day != ownB) yield return day;
    }

    /// <summary>The team-days that may carry a merged visit after making room: the siblings' own, then the township's whose
    /// team covers every department of the merged visit, by date and id.</summary>
    private IEnumerable<MergeDay> RoomCandidates(Visit a, Visit b, string township, ulong need)
    {
        var ownA = _dayOf.GetValueOrDefault(a.Id);
        var ownB = _dayOf.GetValueOrDefault(b.Id);
        if (ownA is not null) yield return ownA;
        if (ownB is not null && ownB != ownA) yield return ownB;
        foreach (var day in CoveringAll(township, need))
            if (day.Visits.Count > 0 && day != ownA && day != ownB) yield return day;
    }

    /// <summary>An empty team-day of the township on <paramref name="date"/>, with the month's next free id, in the
    /// township's days by date.</summary>
    private MergeDay NewDay(DateOnly date, string township)
    {
        string id;
        do id = $"TD{_month:00}-{_nextDay++}"; while (_days.Any(d => d.Id == id));
        var day = new MergeDay(id, date, township, [], []);
        _days.Add(day);
        var days = DaysIn(township);
        int at = days.BinarySearch(day, DayOrder);
        days.Insert(at < 0 ? ~at : at, day);
        return day;
    }

    /// <summary>Officers a department sends to a visit (rules.officersPerDepartment, at least one).</summary>
    private int PerTeam => Math.Max(1, _rules.OfficersPerDepartment);

    private static readonly IComparer<MergeDay> DayOrder = Comparer<MergeDay>.Create(ByDate);

    private static int ByDate(MergeDay x, MergeDay y)
    {
        int c = x.Date.CompareTo(y.Date);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }

    private bool TryNewDay(Visit a, Visit b, List<string> departments, bool joint, int onSite, string township)
    {
        if (Length(township, [a.Id], a.Id, onSite) > _rules.WorkdayMinutes) return false;
        var enterprises = new HashSet<string>(StringComparer.Ordinal) { a.Enterprise };
        foreach (var date in joint ? _calendar.JointDays(_month) : _calendar.WorkingDays(_month))
        {
            if (Officers(date, township, departments, [], enterprises) is not { } added) continue;
            Apply(NewDay(date, township), [a.Id], added, a, b, onSite);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The last resort: a team-day of the township that could carry the merged visit but for one of its other visits (too
    /// many visits, or too long a day) hands that visit to another team-day of the township (one whose officers are there
    /// or can be added, or a new one on a free date; a single-department visit may go to any working day, a joint one to a
    /// joint day), and takes the merged visit instead. The visit handed on is tried longest on site first.
    /// </summary>
    private bool TryMakingRoom(Visit a, Visit b, List<string> departments, ulong need, bool joint, int onSite, string township)
    {
        if (_noRoom.TryGetValue((a.Id, b.Id), out int tried) && tried == Changes(township)) return false;
        _noRoom[(a.Id, b.Id)] = Changes(township);
        foreach (var day in RoomCandidates(a, b, township, need))
        {
            if (joint && !_calendar.IsJointDay(day.Date)) continue;
            bool holdsA = day.Visits.Contains(a.Id), holdsB = day.Visits.Contains(b.Id);
            // Officers are added only to the siblings' own days: elsewhere the team must hold every department already.
            if (!holdsA && !holdsB && (!Holds(day, departments, need)
                || Conflicts(day, a.Enterprise))) continue;
            // Minutes on site of the day's other visits, less the longest one's: over the day, no visit handed on makes room.
            int onSiteOthers = 0, longest = 0;
            foreach (var v in day.Visits)
                if (v != a.Id && v != b.Id)
                {
                    onSiteOthers += _onSite[v];
                    longest = Math.Max(longest, _onSite[v]);
                }
            if (longest == 0 || onSiteOthers - longest + onSite > _rules.WorkdayMinutes) continue;
            var (carrier, absorbed) = holdsB && !holdsA ? (b, a) : (a, b);
            var others = day.Visits.Where(v => v != a.Id && v != b.Id).ToList();
            // The merged visit's officers, with the team as it is (the visit handed on keeps its officers until the end).
            var enterprises = others.Select(v => _visits[v].Enterprise).Append(a.Enterprise).ToHashSet(StringComparer.Ordinal);
            if (Officers(day.Date, day.Township, departments, day.Inspectors, enterprises) is not { } added) continue;
            foreach (var x in others.OrderByDescending(v => _onSite[v]).ThenBy(v => v, StringComparer.Ordinal))
            {
                if (onSiteOthers - _onSite[x] + onSite > _rules.WorkdayMinutes) break;
                if (_noHome.TryGetValue(x, out int at) && at == Changes(township)) continue;
                _route.Clear();
                foreach (var v in others)
                    if (v != x) _route.Add(v);
                _route.Insert(BestInsertion(day.Township, _route, carrier.Enterprise), carrier.Id);
                if (_route.Count > _rules.MaxVisitsPerTeamDay || Length(day.Township, _route, carrier.Id, onSite) > _rules.WorkdayMinutes) continue;
                List<string> order = [.. _route];
                if (Home(x, day, added) is not { } home)
                {
                    _noHome[x] = Changes(township);
                    continue;
                }
                day.Visits.Remove(x);
                Place(x, home);
                Apply(day, order, added, carrier, absorbed, onSite);
                ReleaseIdle(day);
                return true;
            }
        }
        return false;
    }

    /// <summary>Where visit <paramref name="x"/> can go instead of <paramref name="from"/>: a team-day of its township whose
    /// officers are there; else, on the first date with officers free for it, a day of the township with them added or a
    /// new team-day; null when none can take it.
    /// <paramref name="reserved"/> are officers <paramref name="from"/>'s date has promised to the merged visit. Without
    /// <paramref name="from"/> (a left-out visit) any day of the visit's township may take it.</summary>
    private (MergeDay? Day, DateOnly Date, List<string> Order, List<string> Officers)? Home(string x, MergeDay? from, List<string> reserved)
    {
        var visit = _visits[x];
        var departments = Departments(Needs(visit.Tasks));
        bool joint = departments.Count > 1;
        ulong need = Mask(departments);
        var township = from?.Township ?? TownshipOf(visit.Enterprise);
        foreach (var day in CoveringAll(township, need))
            if (Holds(day, departments, need) && HomeOn(day, x, departments, joint, from, reserved) is { } officers)
                return (day, day.Date, [.. _route], officers);
        // Then, date by date where officers of x's departments are free: a day of the township with them added, else a new one.
        var alone = new HashSet<string>(StringComparer.Ordinal) { visit.Enterprise };
        bool fitsAlone = Length(township, [x], x, _onSite[x]) <= _rules.WorkdayMinutes;
        int k = PerTeam;
        var days = DaysIn(township);
        int first = 0;
        foreach (var date in joint ? _calendar.JointDays(_month) : _calendar.WorkingDays(_month))
        {
            while (first < days.Count && days[first].Date < date) first++;
            var promised = date == from?.Date ? reserved : null;
            var free = Free(date, township, departments, alone, promised);
            bool all = free.All(f => f >= k);
            // Short of free officers of a department, only a day whose team has some of them already may do.
            if (!all && !joint) continue;
            for (int i = first; i < days.Count && days[i].Date == date; i++)
                if (!Holds(days[i], departments, need) && (all || Enough(days[i].Inspectors, departments, free))
                    && HomeOn(days[i], x, departments, joint, from, reserved) is { } officers)
                    return (days[i], date, [.. _route], officers);
            if (all && fitsAlone && Officers(date, township, departments, [], alone, promised) is { } added) return (null, date, [x], added);
        }
        return null;
    }

    /// <summary>For each of <paramref name="departments"/>, how many of its officers are free on <paramref name="date"/> for
    /// the township (not busy, not on leave, posted there or at county level, no conflict with <paramref name="enterprises"/>),
    /// counted up to a team's need.</summary>
    private int[] Free(DateOnly date, string township, List<string> departments, HashSet<string> enterprises, IReadOnlyCollection<string>? reserved)
    {
        int k = PerTeam;
        var busy = Busy(date);
        var free = new int[departments.Count];
        for (int j = 0; j < departments.Count; j++)
            foreach (var o in _byDepartment.GetValueOrDefault(departments[j], []))
            {
                if (free[j] == k) break;
                if (Free(o, date, township, busy, enterprises, reserved)) free[j]++;
            }
        return free;
    }

    /// <summary>Whether officer <paramref name="o"/> may join a team of <paramref name="township"/> on <paramref name="date"/>:
    /// not on a team-day that date, not promised to another, not on leave, posted there or at county level, and without a
    /// conflict with any of <paramref name="enterprises"/>.</summary>
    private bool Free(Inspector o, DateOnly date, string township, HashSet<string> busy, HashSet<string> enterprises, IReadOnlyCollection<string>? reserved) =>
        !busy.Contains(o.Id) && (reserved is null || !reserved.Contains(o.Id)) && !_leave[o.Id].Contains(date)
        && (string.IsNullOrEmpty(o.Township) || o.Township == township) && (o.Conflicts.Count == 0 || !o.Conflicts.Any(enterprises.Contains));

    /// <summary>Whether the team's officers and the free ones (<see cref="Free"/>) make a team's need of each department.</summary>
    private bool Enough(List<string> team, List<string> departments, int[] free)
    {
        int k = PerTeam;
        for (int j = 0; j < departments.Count; j++)
            if (Have(team, departments[j]) + free[j] < k) return false;
        return true;
    }

    /// <summary>Whether team-day <paramref name="day"/> can take visit <paramref name="x"/> (count, date, conflicts, length,
    /// officers): the officers to add, with the route left in <see cref="_route"/>; null when it cannot.</summary>
    private List<string>? HomeOn(MergeDay day, string x, List<string> departments, bool joint, MergeDay? from, List<string> reserved)
    {
        if (day == from || day.Visits.Count == 0 || day.Visits.Count + 1 > _rules.MaxVisitsPerTeamDay) return null;
        if (joint && !_calendar.IsJointDay(day.Date)) return null;
        var enterprise = _visits[x].Enterprise;
        if (Conflicts(day, enterprise)) return null;
        int onSite = _onSite[x];
        foreach (var v in day.Visits) onSite += _onSite[v];
        if (onSite > _rules.WorkdayMinutes) return null;
        // The route with x in it, built in a reused list: most days are refused on its length.
        _route.Clear();
        _route.AddRange(day.Visits);
        _route.Insert(BestInsertion(day.Township, _route, enterprise), x);
        if (Length(day.Township, _route, x, _onSite[x]) > _rules.WorkdayMinutes) return null;
        var enterprises = _route.Select(v => _visits[v].Enterprise).ToHashSet(StringComparer.Ordinal);
        return Officers(day.Date, day.Township, departments, day.Inspectors, enterprises, day.Date == from?.Date ? reserved : null);
    }

    /// <summary>Puts visit <paramref name="x"/> (already off its day) where <see cref="Home"/> found room.</summary>
    private void Place(string x, (MergeDay? Day, DateOnly Date, List<string> Order, List<string> Officers) home)
    {
        var day = home.Day ?? NewDay(home.Date, TownshipOf(_visits[x].Enterprise));
        day.Visits.Clear();
        day.Visits.AddRange(home.Order);
        day.Inspectors.AddRange(home.Officers);
        Cover(day);
        Busy(day.Date).UnionWith(home.Officers);
        _dayOf[x] = day;
    }

    /// <summary>Whether the day's team holds enough officers of each department already (<see cref="Officers"/> would add
    /// none): by the day's <see cref="MergeDay.Covered"/> departments where <paramref name="need"/> is their mask.</summary>
    private bool Holds(MergeDay day, List<string> departments, ulong need) =>
        _ci.DepartmentCount <= 64 ? (day.Covered & need) == need : Holds(day.Inspectors, departments);

    /// <summary>The mask of <paramref name="departments"/> (bit = department index); 0 on counties of over 64 departments.</summary>
    private ulong Mask(List<string> departments)
    {
        if (_ci.DepartmentCount > 64) return 0;
        ulong mask = 0;
        foreach (var d in departments) mask |= 1UL << _ci.DepartmentIndex[d];
        return mask;
    }

    /// <summary>Sets the day's <see cref="MergeDay.Covered"/> departments from its team.</summary>
    private void Cover(MergeDay day)
    {
        if (_ci.DepartmentCount > 64) return;
        int k = PerTeam;
        var counts = new int[_ci.DepartmentCount];
        ulong covered = 0;
        foreach (var o in day.Inspectors)
            if (_officers.TryGetValue(o, out var i) && _ci.DepartmentIndex.TryGetValue(i.Department, out int d) && ++counts[d] >= k) covered |= 1UL << d;
        for (ulong changed = day.Covered ^ covered; changed != 0; changed &= changed - 1)
        {
            int d = System.Numerics.BitOperations.TrailingZeroCount(changed);
            var list = Covering(day.Township, d);
            int at = list.BinarySearch(day, DayOrder);
            if ((covered >> d & 1) != 0) { if (at < 0) list.Insert(~at, day); }
            else if (at >= 0) list.RemoveAt(at);
        }
        day.Covered = covered;
    }

    private List<MergeDay> Covering(string township, int department) =>
        _covering.TryGetValue((township, department), out var list) ? list : _covering[(township, department)] = [];

    /// <summary>The township's team-days whose team may cover every department of <paramref name="need"/>: those of the
    /// department covered by the fewest days (every day where masks are not kept).</summary>
    private List<MergeDay> CoveringAll(string township, ulong need)
    {
        if (_ci.DepartmentCount > 64 || need == 0) return DaysIn(township);
        List<MergeDay>? fewest = null;
        for (ulong rest = need; rest != 0; rest &= rest - 1)
        {
            var list = Covering(township, System.Numerics.BitOperations.TrailingZeroCount(rest));
            if (fewest is null || list.Count < fewest.Count) fewest = list;
        }
        return fewest!;
    }

    /// <summary>Whether the team holds enough officers of each department already (<see cref="Officers"/> would add none).</summary>
    private bool Holds(List<string> team, List<string> departments)
    {
        int k = PerTeam;
        return departments.All(d => Have(team, d) >= k);
    }

    /// <summary>The team's officers of department <paramref name="d"/>.</summary>
    private int Have(List<string> team, string d) => team.Count(o => _officers.TryGetValue(o, out var i) && i.Department == d);

    /// <summary>The officers to add so that the team holds enough of each department, or null when too few are free.</summary>
    private List<string>? Officers(DateOnly date, string township, List<string> departments, List<string> team, HashSet<string> enterprises,
        IReadOnlyCollection<string>? reserved = null)
    {
        int k = PerTeam;
        var added = new List<string>();
        var busy = Busy(date);
        foreach (var d in departments)
        {
            int have = Have(team, d);
            if (have >= k) continue;
            var free = new List<string>(k);
            foreach (var o in _byDepartment.GetValueOrDefault(d, []))
            {
                if (free.Count == k - have) break;
                if (Free(o, date, township, busy, enterprises, reserved)) free.Add(o.Id);
            }
            if (free.Count < k - have) return null;
            added.AddRange(free);
        }
        return added;
    }

    private void Apply(MergeDay day, List<string> order, List<string> added, Visit carrier, Visit absorbed, int onSite)
    {
        _changes[day.Township] = Changes(day.Township) + 1;
        foreach (var v in new[] { carrier, absorbed })
        {
            _left.Remove(v.Id);
            if (_dayOf.Remove(v.Id, out var was) && was != day) Drop(was, v.Id);
        }
        day.Visits.Clear();
        day.Visits.AddRange(order);
        day.Inspectors.AddRange(added);
        Cover(day);
        Busy(day.Date).UnionWith(added);
        _dayOf[carrier.Id] = day;
        _visits[carrier.Id] = carrier with { Tasks = [.. carrier.Tasks, .. absorbed.Tasks] };
        if (_visits.Remove(absorbed.Id)) _ofEnterprise[absorbed.Enterprise].Remove(absorbed.Id);
        _onSite[carrier.Id] = onSite;
        Absorbed.Add(absorbed.Id);
    }

    /// <summary>Takes a visit off a team-day and lets go of the officers whose department no visit of the day needs any more.</summary>
    private void Drop(MergeDay day, string visit)
    {
        day.Visits.Remove(visit);
        ReleaseIdle(day);
    }

    /// <summary>Lets go of the day's officers whose department no visit of the day needs any more.</summary>
    private void ReleaseIdle(MergeDay day)
    {
        var needed = day.Visits.SelectMany(v => Needs(_visits[v].Tasks)).Select(n => _ci.DepartmentIds[_ci.Needs[n].Department]).ToHashSet(StringComparer.Ordinal);
        var idle = day.Inspectors.Where(o => !_officers.TryGetValue(o, out var i) || !needed.Contains(i.Department)).ToList();
        foreach (var o in idle)
        {
            day.Inspectors.Remove(o);
            Busy(day.Date).Remove(o);
        }
        if (idle.Count > 0) Cover(day);
    }

    private int BestInsertion(string township, List<string> order, string enterprise)
    {
        var office = _offices.GetValueOrDefault(township, new GeoPoint(0, 0));
        var at = Location(enterprise);
        int best = order.Count;
        double cheapest = double.MaxValue;
        for (int i = 0; i <= order.Count; i++)
        {
            var before = i == 0 ? office : Location(_visits[order[i - 1]].Enterprise);
            var after = i == order.Count ? office : Location(_visits[order[i]].Enterprise);
            double extra = Travel(before, at) + Travel(at, after) - Travel(before, after);
            if (extra < cheapest) (cheapest, best) = (extra, i);
        }
        return best;
    }

    /// <summary>The day's length: travel from the office through the visits and back, plus on-site minutes.</summary>
    private double Length(string township, List<string> order, string carrier, int carrierOnSite)
    {
        var office = _offices.GetValueOrDefault(township, new GeoPoint(0, 0));
        var here = office;
        double minutes = 0;
        foreach (var v in order)
        {
            var next = Location(_visits[v].Enterprise);
            minutes += Travel(here, next) + (v == carrier ? carrierOnSite : _onSite[v]);
            here = next;
        }
        return minutes + Travel(here, office);
    }

    private double Travel(GeoPoint from, GeoPoint to) => TravelTime.Minutes(from, to, _rules);

    private GeoPoint Location(string enterprise) => _ci.Source.Enterprises[_ci.EnterpriseIndex[enterprise]].Location;

    private string TownshipOf(string enterprise) => _ci.Source.Enterprises[_ci.EnterpriseIndex[enterprise]].Township;

    private int Changes(string township) => _changes.GetValueOrDefault(township);

    private List<MergeDay> DaysIn(string township) => _daysIn.TryGetValue(township, out var list) ? list : _daysIn[township] = [];

    private HashSet<string> Busy(DateOnly date) => _busy.TryGetValue(date, out var set) ? set : _busy[date] = new(StringComparer.Ordinal);

    /// <summary>The departments of <paramref name="needs"/>, once each, by id.</summary>
    private List<string> Departments(List<int> needs) =>
        needs.Select(n => _ci.DepartmentIds[_ci.Needs[n].Department]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether an officer of the day's team has a conflict of interest with <paramref name="enterprise"/>.</summary>
    private bool Conflicts(MergeDay day, string enterprise) =>
        day.Inspectors.Any(o => _officers.TryGetValue(o, out var i) && i.Conflicts.Contains(enterprise));

    private List<int> Needs(IEnumerable<VisitTask> tasks) => tasks.Select(t => _ci.NeedIndex[t.Need]).ToList();

    /// <summary>A visit's on-site minutes: its longest department share (rule 5).</summary>
    private int OnSite(List<int> needs) => needs.GroupBy(n => _ci.Needs[n].Department)
        .Select(g => g.SelectMany(n => _ci.Needs[n].Items).Distinct().Sum(i => _ci.ItemMinutes[i])).DefaultIfEmpty(0).Max();
}

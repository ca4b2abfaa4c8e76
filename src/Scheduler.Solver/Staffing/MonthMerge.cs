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
        foreach (var step in new[] { MergeStep.Present, MergeStep.AddOfficers, MergeStep.NewDay })
            foreach (var enterprise in byEnterprise)
                while (MergeOnce(enterprise, step)) merged++;
        return merged;
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
        var departments = needs.Select(n => _ci.DepartmentIds[_ci.Needs[n].Department]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        bool joint = departments.Count > 1;
        int onSite = OnSite(needs);
        var township = _ci.Source.Enterprises[_ci.EnterpriseIndex[a.Enterprise]].Township;
        if (step == MergeStep.NewDay) return TryNewDay(a, b, departments, joint, onSite, township);
        foreach (var day in Candidates(a, b, township))
        {
            if (joint && !_calendar.IsJointDay(day.Date)) continue;
            bool holdsA = day.Visits.Contains(a.Id), holdsB = day.Visits.Contains(b.Id);
            // The day's other visits and the merged one (a day holds a visit once).
            if (day.Visits.Count - (holdsA ? 1 : 0) - (holdsB ? 1 : 0) + 1 > _rules.MaxVisitsPerTeamDay) continue;
            // A team new to the enterprise must have no conflict with it.
            if (!holdsA && !holdsB && day.Inspectors.Any(o => _officers.TryGetValue(o, out var i) && i.Conflicts.Contains(a.Enterprise))) continue;
            // The first step takes only days whose team already holds every department: checked before looking for officers.
            if (step == MergeStep.Present && !Holds(day.Inspectors, departments)) continue;
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
            string id;
            do id = $"TD{_month:00}-{_nextDay++}"; while (_days.Any(d => d.Id == id));
            var day = new MergeDay(id, date, township, [], []);
            _days.Add(day);
            var days = DaysIn(township);
            int at = days.BinarySearch(day, Comparer<MergeDay>.Create(ByDate));
            days.Insert(at < 0 ? ~at : at, day);
            Apply(day, [a.Id], added, a, b, onSite);
            return true;
        }
        return false;
    }

    /// <summary>Whether the team holds enough officers of each department already (<see cref="Officers"/> would add none).</summary>
    private bool Holds(List<string> team, List<string> departments)
    {
        int k = Math.Max(1, _rules.OfficersPerDepartment);
        return departments.All(d => Have(team, d) >= k);
    }

    /// <summary>The team's officers of department <paramref name="d"/>.</summary>
    private int Have(List<string> team, string d) => team.Count(o => _officers.TryGetValue(o, out var i) && i.Department == d);

    /// <summary>The officers to add so that the team holds enough of each department, or null when too few are free.</summary>
    private List<string>? Officers(DateOnly date, string township, List<string> departments, List<string> team, HashSet<string> enterprises)
    {
        int k = Math.Max(1, _rules.OfficersPerDepartment);
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
                if (!busy.Contains(o.Id) && !_leave[o.Id].Contains(date) && (string.IsNullOrEmpty(o.Township) || o.Township == township)
                    && (o.Conflicts.Count == 0 || !o.Conflicts.Any(enterprises.Contains))) free.Add(o.Id);
            }
            if (free.Count < k - have) return null;
            added.AddRange(free);
        }
        return added;
    }

    private void Apply(MergeDay day, List<string> order, List<string> added, Visit carrier, Visit absorbed, int onSite)
    {
        foreach (var v in new[] { carrier, absorbed })
        {
            _left.Remove(v.Id);
            if (_dayOf.Remove(v.Id, out var was) && was != day) Drop(was, v.Id);
        }
        day.Visits.Clear();
        day.Visits.AddRange(order);
        day.Inspectors.AddRange(added);
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
        var needed = day.Visits.SelectMany(v => Needs(_visits[v].Tasks)).Select(n => _ci.DepartmentIds[_ci.Needs[n].Department]).ToHashSet(StringComparer.Ordinal);
        var idle = day.Inspectors.Where(o => !_officers.TryGetValue(o, out var i) || !needed.Contains(i.Department)).ToList();
        foreach (var o in idle)
        {
            day.Inspectors.Remove(o);
            Busy(day.Date).Remove(o);
        }
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

    private List<MergeDay> DaysIn(string township) => _daysIn.TryGetValue(township, out var list) ? list : _daysIn[township] = [];

    private HashSet<string> Busy(DateOnly date) => _busy.TryGetValue(date, out var set) ? set : _busy[date] = new(StringComparer.Ordinal);

    private List<int> Needs(IEnumerable<VisitTask> tasks) => tasks.Select(t => _ci.NeedIndex[t.Need]).ToList();

    /// <summary>A visit's on-site minutes: its longest department share (rule 5).</summary>
    private int OnSite(List<int> needs) => needs.GroupBy(n => _ci.Needs[n].Department)
        .Select(g => g.SelectMany(n => _ci.Needs[n].Items).Distinct().Sum(i => _ci.ItemMinutes[i])).DefaultIfEmpty(0).Max();
}

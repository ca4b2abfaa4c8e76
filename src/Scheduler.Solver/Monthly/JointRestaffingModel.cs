using Google.OrTools.Sat;
using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// The CP-SAT model of <see cref="JointRestaffing"/>, in the OR-Tools samples' order: the data (the dates the left-out
/// visits may take, the team-days of those dates), the variables (a left-out visit joins a team-day or goes alone; a
/// visit of a team-day moves; an officer of a modelled department serves a team-day), one method per rule, and the two
/// objectives. Variables are named by the domain's ids (<c>join[V12,7]</c>, <c>x[I031,4]</c>). The order in which
/// variables and constraints are added is part of the result (CP-SAT is deterministic for the same model): keep it.
/// </summary>
internal sealed partial class JointRestaffingModel
{
    private const long PlacedWeight = 100_000_000;
    private const long OfficerWeight = 100_000;
    private const long MoveWeight = 1_000;
    private const long TravelWeight = 10;

    /// <summary>Other team-days tried per movable visit (the cheapest), and dates tried for it alone.</summary>
    private const int MaxTargets = 6;
    private const int MaxAloneDates = 2;

    private readonly MonthContext _ctx;
    private readonly DateStaffing _staffing;
    private readonly MonthDraft _draft;
    private readonly IReadOnlyList<MonthVisit> _left;
    private readonly bool _allSources;
    private readonly List<DateOnly> _dates;
    private readonly Dictionary<int, RestaffSlot> _slotOfTeamDay = [];
    private readonly Dictionary<int, RestaffRoom> _rooms = [];
    private readonly Dictionary<(DateOnly, int), List<BoolVar>> _freeOfficersOn = [];
    private readonly Dictionary<(DateOnly, int), List<BoolVar>> _aloneOutsideOn = [];

    /// <param name="departments">The modelled departments: their officers are re-decided; the others stay where they are.</param>
    /// <param name="allSources">Visits of every team-day of the dates may move, not only of those holding a modelled department.</param>
    public JointRestaffingModel(MonthContext ctx, DateStaffing staffing, MonthDraft draft, IReadOnlyList<MonthVisit> left,
        HashSet<int> departments, bool allSources)
    {
        (_ctx, _staffing, _draft, _left, Departments, _allSources) = (ctx, staffing, draft, left, departments, allSources);
        _dates = left.SelectMany(Allowed).Distinct().Order().ToList();
        Placements = left.ToDictionary(v => v, _ => new List<BoolVar>());
    }

    public CpModel Cp { get; } = new();

    /// <summary>Every variable, in the order made (the second stage is hinted with the first stage's values).</summary>
    public List<BoolVar> All { get; } = [];

    /// <summary>The second stage's terms: places, officer-days, moves, travel.</summary>
    public List<(ILiteral Var, long Weight)> Objective { get; } = [];

    /// <summary>Per left-out visit, the variables that place it (join a team-day, or alone on a date).</summary>
    public Dictionary<MonthVisit, List<BoolVar>> Placements { get; }

    public List<RestaffSlot> Slots { get; } = [];

    public HashSet<int> Departments { get; }

    private int K => _ctx.Rules.OfficersPerDepartment;

    /// <summary>Adds the variables and the rules; false when no left-out visit can be placed at all (nothing to solve).</summary>
    public bool Build()
    {
        AddExistingTeamDays();
        AddJoins();
        AddNewTeamDays();
        AddMoves();
        OneLoneTeamPerDateAndDepartment();
        TeamDaysKeepTheirRoom();
        EachLeftVisitPlacedAtMostOnce();
        if (Placements.Values.All(p => p.Count == 0)) return false;
        foreach (var date in _dates) TeamDaysHaveTheirOfficers(date);
        return true;
    }

    private BoolVar NewBool(string name)
    {
        var x = Cp.NewBoolVar(name);
        All.Add(x);
        return x;
    }

    /// <summary>The team-days of the model's dates.</summary>
    private void AddExistingTeamDays()
    {
        foreach (var t in _draft.TeamDays.Where(t => _dates.Contains(t.Date)).OrderBy(t => t.Date).ThenBy(t => t.Id))
            Slots.Add(_slotOfTeamDay[t.Id] = new RestaffSlot(t.Date, t, t.Team.Township, t.Team.Visits.ToList()));
    }

    /// <summary>A left-out visit may join a team-day of its township on a date it may take.</summary>
    private void AddJoins()
    {
        foreach (var slot in Slots.ToList())
            foreach (var v in _left.Where(v => v.Township == slot.Township && Allowed(v).Contains(slot.Date)))
            {
                if (OtherConflict(slot.Team!, v) || Bound(v) > _ctx.Rules.WorkdayMinutes) continue;
                var joins = NewBool($"join[{v.Id},{slot.Team!.Id}]");
                if (!FreeOfficersFor(new TeamCluster(v.Township, TeamRoute.Insert(_ctx, v.Township, slot.Visits, v)), slot.Date, joins, slot.Team.Team.Departments)) continue;
                Objective.Add((joins, PlacedWeight - TravelWeight * (long)Math.Round(Added(slot.Visits, v))));
                slot.Incoming.Add((v, joins));
                RoomOf(slot.Team).In.Add((joins, v));
                Placements[v].Add(joins);
            }
    }

    /// <summary>A left-out visit may go alone, in a new team-day, on any date it may take.</summary>
    private void AddNewTeamDays()
    {
        foreach (var date in _dates)
            foreach (var v in _left.Where(v => Allowed(v).Contains(date) && TeamRoute.DayMinutes(_ctx, v.Township, [v]) <= _ctx.Rules.WorkdayMinutes))
            {
                var slot = new RestaffSlot(date, null, v.Township, []);
                var alone = NewBool($"alone[{v.Id},{date:MMdd}]");
                if (!FreeOfficersFor(new TeamCluster(v.Township, [v]), date, alone, [])) continue;
                slot.Incoming.Add((v, alone));
                Slots.Add(slot);
                Objective.Add((alone, PlacedWeight - TravelWeight * (long)Math.Round(TeamRoute.TravelMinutes(_ctx, v.Township, [v]))));
                Placements[v].Add(alone);
            }
    }

    /// <summary>
    /// A visit of a team-day holding a modelled department may move to another team-day of its township (any allowed
    /// date) that has the departments the model leaves alone (all of them, off the model's dates), or, single-department,
    /// go alone on a date outside the model with free officers: visits moved out make room, or release officers.
    /// </summary>
    private void AddMoves()
    {
        foreach (var slot in Slots.Where(s => s.Team is not null && (_allSources || s.Team.Team.Departments.Any(Departments.Contains))).ToList())
        {
            var source = slot.Team!;
            foreach (var visit in slot.Visits)
            {
                var targets = Targets(source, slot, visit);
                if (targets.Count == 0) continue;
                var leaves = NewBool($"drop[{visit.Id}]");
                Cp.AddHint(leaves, 0);
                var moves = new List<BoolVar>();
                foreach (var (target, weight) in targets)
                {
                    var moved = NewBool($"move[{visit.Id},{target.Host?.Id},{target.Date:MMdd}]");
                    Cp.AddHint(moved, 0);
                    moves.Add(moved);
                    Objective.Add((moved, weight));
                    slot.Moves.Add((visit, target, moved));
                    if (target.Host is { } host)
                    {
                        RoomOf(host).In.Add((moved, visit));
                        if (_slotOfTeamDay.TryGetValue(host.Id, out var into)) into.Incoming.Add((visit, moved));
                    }
                    else foreach (var d in visit.Departments) Add(_aloneOutsideOn, (target.Date, d), moved);
                }
                // A visit leaves its team-day exactly when it moves somewhere.
                Cp.Add(LinearExpr.Sum(moves) == leaves);
                slot.Drops.Add((visit, leaves));
                RoomOf(source).Out.Add((leaves, visit));
            }
        }
    }

    /// <summary>Where <paramref name="visit"/> may move, with the objective weight of each move (the cheapest first).</summary>
    private List<(RestaffTarget Target, long Weight)> Targets(TeamDayDraft source, RestaffSlot slot, MonthVisit visit)
    {
        double saved = TeamRoute.DayMinutes(_ctx, visit.Township, slot.Visits)
                       - TeamRoute.DayMinutes(_ctx, visit.Township, slot.Visits.Where(x => x != visit).ToList());
        var targets = new List<(RestaffTarget, long)>();
        foreach (var host in _draft.TeamDays
                     .Where(h => h.Id != source.Id && h.Team.Township == visit.Township && Allowed(visit).Contains(h.Date) && MayHost(h, visit))
                     .OrderBy(h => Added(h.Team.Visits, visit)).ThenBy(h => h.Id).Take(MaxTargets))
            targets.Add((new RestaffTarget(host, host.Date), -MoveWeight - TravelWeight * (long)Math.Round(Added(host.Team.Visits, visit) - saved)));
        if (!visit.Joint)
        {
            var alone = new TeamCluster(visit.Township, [visit]);
            foreach (var date in _ctx.WorkingDays.Where(d => !_dates.Contains(d)
                         && visit.Departments.All(dep => _staffing.Eligible(alone, dep, d, _draft.Busy[d]).Count >= K)).Take(MaxAloneDates))
                targets.Add((new RestaffTarget(null, date), -MoveWeight - OfficerWeight * K * visit.Departments.Length
                                                          - TravelWeight * (long)Math.Round(TeamRoute.TravelMinutes(_ctx, visit.Township, [visit]) - saved)));
        }
        return targets;
    }

    /// <summary>A team-day of the model's dates needs the departments the model leaves alone; one off them must fit as it is.</summary>
    private bool MayHost(TeamDayDraft host, MonthVisit visit) =>
        _slotOfTeamDay.ContainsKey(host.Id)
            ? visit.Departments.Where(d => !Departments.Contains(d)).All(host.Team.Departments.Contains) && !OtherConflict(host, visit)
            : visit.Departments.All(host.Team.Departments.Contains) && Fits(host.Team.Visits, visit)
              && TeamRoute.DayMinutes(_ctx, visit.Township, host.Team.Visits) + Bound(visit) <= _ctx.Rules.WorkdayMinutes
              && !host.Officers.Any(o => o.Conflicts.Contains(visit.Enterprise));

    /// <summary>One lone visit per date and department outside the model, and per date and department taking free officers.</summary>
    private void OneLoneTeamPerDateAndDepartment()
    {
        foreach (var list in _aloneOutsideOn.Values.Concat(_freeOfficersOn.Values))
            if (list.Count > 1) Cp.AddAtMostOne(list);
    }

    /// <summary>A team-day that gains or loses visits keeps within the visits and minutes of a day (minutes bounded safely: a
    /// visit inserted anywhere adds at most office → it → office and its time on site; one taken out saves at least its time on site).</summary>
    private void TeamDaysKeepTheirRoom()
    {
        foreach (var room in _rooms.Values)
        {
            var t = room.Team;
            Cp.Add(LinearExpr.Sum(room.In.Select(i => i.Comes)) - LinearExpr.Sum(room.Out.Select(o => o.Goes))
                   <= _ctx.Rules.MaxVisitsPerTeamDay - t.Team.Visits.Count);
            long minutes = (long)Math.Floor(10 * (_ctx.Rules.WorkdayMinutes - TeamRoute.DayMinutes(_ctx, t.Team.Township, t.Team.Visits)));
            Cp.Add(LinearExpr.WeightedSum(room.In.Select(i => i.Comes), room.In.Select(i => (long)Math.Ceiling(10 * Bound(i.Visit))))
                   - LinearExpr.WeightedSum(room.Out.Select(o => o.Goes), room.Out.Select(o => (long)Math.Floor(10.0 * o.Visit.OnSite))) <= minutes);
        }
    }

    /// <summary>A left-out visit is placed at most once (and the search starts from none placed).</summary>
    private void EachLeftVisitPlacedAtMostOnce()
    {
        foreach (var (_, places) in Placements)
        {
            if (places.Count > 1) Cp.AddAtMostOne(places);
            foreach (var p in places) Cp.AddHint(p, 0);
        }
    }

    /// <summary>A left-out visit's departments the model leaves alone take free officers: one such team per date and department.</summary>
    private bool FreeOfficersFor(TeamCluster grown, DateOnly date, BoolVar placed, IEnumerable<int> have)
    {
        var lacking = grown.Departments.Where(d => !Departments.Contains(d) && !have.Contains(d)).ToList();
        if (lacking.Any(d => _staffing.Eligible(grown, d, date, _draft.Busy[date]).Count < K)) return false;
        foreach (var d in lacking) Add(_freeOfficersOn, (date, d), placed);
        return true;
    }

    private RestaffRoom RoomOf(TeamDayDraft t) => _rooms.TryGetValue(t.Id, out var room) ? room : _rooms[t.Id] = new RestaffRoom(t);

    /// <summary>The most a visit can add to any team-day of its township: office → it → office, and its time on site.</summary>
    private double Bound(MonthVisit v) => TeamRoute.DayMinutes(_ctx, v.Township, [v]);

    private static void Add<TKey>(Dictionary<TKey, List<BoolVar>> lists, TKey key, BoolVar x) where TKey : notnull =>
        (lists.TryGetValue(key, out var list) ? list : lists[key] = []).Add(x);

    /// <summary>An officer of a department the model leaves alone has a conflict (回避) with v's enterprise.</summary>
    private bool OtherConflict(TeamDayDraft t, MonthVisit v) =>
        t.Officers.Any(o => !Departments.Contains(_ctx.DepartmentIndex[o.Department]) && o.Conflicts.Contains(v.Enterprise));

    private double Added(IReadOnlyList<MonthVisit> visits, MonthVisit v) =>
        visits.Count == 0 ? TeamRoute.DayMinutes(_ctx, v.Township, [v])
            : TeamRoute.DayMinutes(_ctx, v.Township, TeamRoute.Insert(_ctx, v.Township, visits, v)) - TeamRoute.DayMinutes(_ctx, v.Township, visits);

    private IEnumerable<DateOnly> Allowed(MonthVisit v) => v.Joint ? _ctx.JointDays : _ctx.WorkingDays;

    private bool Fits(IReadOnlyList<MonthVisit> visits, MonthVisit v) => TeamRoute.Fits(_ctx, visits, v);
}

using System.Globalization;
using Google.OrTools.Sat;
using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// The step after <see cref="UnscheduledRepair"/> for visits it still left out: one CP-SAT model over every date such a
/// visit may take (the joint weekdays for a joint visit) re-decides at once which officers of the scarce departments
/// (those a left-out visit finds short on every such date) serve which team-day, and which visits move between
/// team-days — the repair exchanges one officer or moves one or two visits at a time; here any chain of exchanges and
/// moves across townships is one solution. Each left-out visit may join a team-day of its township or go alone, its
/// other departments from free officers. A visit of a team-day holding a scarce department may move to another
/// team-day of its township on a date it may take (that already has its other departments), or, single-department, go
/// alone with free officers on a date outside the model; room is kept safely (count, and minutes: a visit inserted
/// anywhere adds at most office → it → office plus its time on site; one taken out saves at least its time on site).
/// Officers of other departments stay, except those no visit of their team needs any more, who go home.
/// Rules as in <see cref="DateStaffing.Eligible"/>. First the most visits placed, then, keeping that many:
/// officer-days, travel minutes, officers left where they were. Deterministic (interleaved search, deterministic time
/// limits) unless the month's wall-clock budget cuts it short.
/// </summary>
internal sealed class JointRestaffing(MonthContext ctx, DateStaffing staffing)
{
    private const long PlacedWeight = 100_000_000;
    private const long OfficerWeight = 100_000;
    private const long MoveWeight = 1_000;
    private const long TravelWeight = 10;

    /// <summary>Other team-days tried per movable visit (the cheapest), and dates tried for it alone.</summary>
    private const int MaxTargets = 6;
    private const int MaxAloneDates = 2;

    private int K => ctx.Rules.OfficersPerDepartment;

    /// <summary>Places what it can of <paramref name="left"/> in <paramref name="draft"/> (changed in place only when something is placed); returns the visits placed.</summary>
    /// <summary>The default deterministic seconds of each CP-SAT stage.</summary>
    public const double DefaultWork = 1.5;

    /// <param name="work">Deterministic seconds of each of the two CP-SAT stages.</param>
    public List<MonthVisit> Place(MonthDraft draft, IReadOnlyList<MonthVisit> left, int seed, double seconds, bool allDepartments = false, bool allSources = false, double work = DefaultWork)
    {
        if (left.Count == 0 || seconds < 0.2) return [];
        var dates = left.SelectMany(Allowed).Distinct().Order().ToList();
        // The scarce departments: those a left-out visit finds short on every date it may take (else all of its own).
        var departments = new HashSet<int>();
        foreach (var v in left)
        {
            var alone = new TeamCluster(v.Township, [v]);
            var scarce = v.Departments.Where(d => Allowed(v).All(date => staffing.Eligible(alone, d, date, draft.Busy[date]).Count < K)).ToList();
            departments.UnionWith(scarce.Count > 0 && !allDepartments ? scarce : v.Departments);
        }
        // A left-out visit's other departments take free officers: one such team per date and department.
        var freeOn = new Dictionary<(DateOnly, int), List<BoolVar>>();
        bool FreeFor(TeamCluster grown, DateOnly date, BoolVar h, IEnumerable<int> have)
        {
            var lacking = grown.Departments.Where(d => !departments.Contains(d) && !have.Contains(d)).ToList();
            if (lacking.Any(d => staffing.Eligible(grown, d, date, draft.Busy[date]).Count < K)) return false;
            foreach (var d in lacking) Add(freeOn, (date, d), h);
            return true;
        }
        var model = new CpModel();
        var all = new List<BoolVar>();
        BoolVar B(string name) { var x = model.NewBoolVar(name); all.Add(x); return x; }
        var objective = new List<(ILiteral Var, long Weight)>();
        var placedVars = left.ToDictionary(v => v, _ => new List<BoolVar>());

        // Existing team-days of the model's dates, then a new team-day per left-out visit and date.
        var slots = new List<Slot>();
        var slotOf = new Dictionary<int, Slot>();
        foreach (var t in draft.TeamDays.Where(t => dates.Contains(t.Date)).OrderBy(t => t.Date).ThenBy(t => t.Id))
            slots.Add(slotOf[t.Id] = new Slot(t.Date, t, t.Team.Township, t.Team.Visits.ToList()));
        // Room of every team-day that gains or loses visits: count, and minutes bounded safely (a visit inserted
        // anywhere adds at most the trip office → it → office and its time on site; one taken out saves at least its time on site).
        var caps = new Dictionary<int, Cap>();
        Cap CapOf(TeamDayDraft t) => caps.TryGetValue(t.Id, out var c) ? c : caps[t.Id] = new Cap(t);

        foreach (var slot in slots.ToList())
            foreach (var v in left.Where(v => v.Township == slot.Township && Allowed(v).Contains(slot.Date)))
            {
                if (OtherConflict(slot.Team!, v, departments) || Bound(v) > ctx.Rules.WorkdayMinutes) continue;
                var h = B($"join[{v.Id},{slot.Team!.Id}]");
                if (!FreeFor(new TeamCluster(v.Township, TeamRoute.Insert(ctx, v.Township, slot.Visits, v)), slot.Date, h, slot.Team.Team.Departments)) continue;
                objective.Add((h, PlacedWeight - TravelWeight * (long)Math.Round(Added(slot.Visits, v))));
                slot.Incoming.Add((v, h));
                CapOf(slot.Team).In.Add((h, v));
                placedVars[v].Add(h);
            }
        foreach (var date in dates)
            foreach (var v in left.Where(v => Allowed(v).Contains(date) && TeamRoute.DayMinutes(ctx, v.Township, [v]) <= ctx.Rules.WorkdayMinutes))
            {
                var slot = new Slot(date, null, v.Township, []);
                var h = B($"alone[{v.Id},{date:MMdd}]");
                if (!FreeFor(new TeamCluster(v.Township, [v]), date, h, [])) continue;
                slot.Incoming.Add((v, h));
                slots.Add(slot);
                objective.Add((h, PlacedWeight - TravelWeight * (long)Math.Round(TeamRoute.TravelMinutes(ctx, v.Township, [v]))));
                placedVars[v].Add(h);
            }

        // Any visit of those team-days may move to another team-day of its township (any allowed date) that has the
        // departments the model leaves alone (all of them, off the model's dates), or, single-department, go alone on a
        // date outside the model with free officers: visits moved out make room, or release officers.
        var aloneOn = new Dictionary<(DateOnly, int), List<BoolVar>>();
        foreach (var slot in slots.Where(s => s.Team is not null && (allSources || s.Team.Team.Departments.Any(departments.Contains))).ToList())
        {
            var t = slot.Team!;
            foreach (var w in slot.Visits)
            {
                double saved = TeamRoute.DayMinutes(ctx, w.Township, slot.Visits) - TeamRoute.DayMinutes(ctx, w.Township, slot.Visits.Where(x => x != w).ToList());
                var moves = new List<(Target Target, long Weight)>();
                foreach (var host in draft.TeamDays
                             .Where(h => h.Id != t.Id && h.Team.Township == w.Township && Allowed(w).Contains(h.Date)
                                         && (slotOf.ContainsKey(h.Id)
                                             ? w.Departments.Where(d => !departments.Contains(d)).All(h.Team.Departments.Contains) && !OtherConflict(h, w, departments)
                                             : w.Departments.All(h.Team.Departments.Contains) && Fits(h.Team.Visits, w)
                                               && TeamRoute.DayMinutes(ctx, w.Township, h.Team.Visits) + Bound(w) <= ctx.Rules.WorkdayMinutes
                                               && !h.Officers.Any(o => o.Conflicts.Contains(w.Enterprise))))
                             .OrderBy(h => Added(h.Team.Visits, w)).ThenBy(h => h.Id).Take(MaxTargets))
                    moves.Add((new Target(host, host.Date), -MoveWeight - TravelWeight * (long)Math.Round(Added(host.Team.Visits, w) - saved)));
                if (!w.Joint)
                {
                    var alone = new TeamCluster(w.Township, [w]);
                    foreach (var date in ctx.WorkingDays.Where(d => !dates.Contains(d)
                                 && w.Departments.All(dep => staffing.Eligible(alone, dep, d, draft.Busy[d]).Count >= K)).Take(MaxAloneDates))
                        moves.Add((new Target(null, date), -MoveWeight - OfficerWeight * K * w.Departments.Length
                                                           - TravelWeight * (long)Math.Round(TeamRoute.TravelMinutes(ctx, w.Township, [w]) - saved)));
                }
                if (moves.Count == 0) continue;
                var drop = B($"drop[{w.Id}]");
                model.AddHint(drop, 0);
                var rs = new List<BoolVar>();
                foreach (var (target, weight) in moves)
                {
                    var r = B($"move[{w.Id},{target.Host?.Id},{target.Date:MMdd}]");
                    model.AddHint(r, 0);
                    rs.Add(r);
                    objective.Add((r, weight));
                    slot.Moves.Add((w, target, r));
                    if (target.Host is { } host)
                    {
                        CapOf(host).In.Add((r, w));
                        if (slotOf.TryGetValue(host.Id, out var into)) into.Incoming.Add((w, r));
                    }
                    else foreach (var d in w.Departments) Add(aloneOn, (target.Date, d), r);
                }
                model.Add(LinearExpr.Sum(rs) == drop);
                slot.Drops.Add((w, drop));
                CapOf(t).Out.Add((drop, w));
            }
        }
        // One lone visit per date and department outside the model, and per date and department taking free officers.
        foreach (var list in aloneOn.Values.Concat(freeOn.Values))
            if (list.Count > 1) model.AddAtMostOne(list);
        foreach (var cap in caps.Values)
        {
            var t = cap.Team;
            model.Add(LinearExpr.Sum(cap.In.Select(i => i.X)) - LinearExpr.Sum(cap.Out.Select(o => o.X)) <= ctx.Rules.MaxVisitsPerTeamDay - t.Team.Visits.Count);
            long room = (long)Math.Floor(10 * (ctx.Rules.WorkdayMinutes - TeamRoute.DayMinutes(ctx, t.Team.Township, t.Team.Visits)));
            model.Add(LinearExpr.WeightedSum(cap.In.Select(i => i.X), cap.In.Select(i => (long)Math.Ceiling(10 * Bound(i.V))))
                      - LinearExpr.WeightedSum(cap.Out.Select(o => o.X), cap.Out.Select(o => (long)Math.Floor(10.0 * o.V.OnSite))) <= room);
        }
        foreach (var (v, hs) in placedVars)
        {
            if (hs.Count > 1) model.AddAtMostOne(hs);
            foreach (var h in hs) model.AddHint(h, 0);
        }
        if (placedVars.Values.All(hs => hs.Count == 0)) return [];

        // Officers of the modelled departments, date by date.
        foreach (var date in dates)
        {
            var today = slots.Where(s => s.Date == date).ToList();
            var byOfficer = new Dictionary<string, List<BoolVar>>(StringComparer.Ordinal);
            foreach (var d in departments)
            {
                string dept = ctx.Departments[d];
                // Busy on a team that does not need them: left alone.
                var stuck = today.Where(s => s.Team is not null)
                    .SelectMany(s => s.Team!.Officers.Where(o => o.Department == dept && !s.Team.Team.Departments.Contains(d)))
                    .Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var slot in today)
                {
                    var droppable = slot.Drops.Where(p => p.W.Departments.Contains(d)).ToList();
                    bool fixedNeed = slot.Visits.Any(v => v.Departments.Contains(d) && !droppable.Any(p => p.W == v));
                    var incoming = slot.Incoming.Where(o => o.V.Departments.Contains(d)).ToList();
                    if (!fixedNeed && incoming.Count == 0 && droppable.Count == 0) continue;
                    var xs = new List<BoolVar>();
                    foreach (var o in ctx.OfficersOf[d])
                    {
                        if (stuck.Contains(o.Id) || o.Unavailable.Contains(date)) continue;
                        if (!string.IsNullOrEmpty(o.Township) && o.Township != slot.Township) continue;
                        if (slot.Visits.Any(v => o.Conflicts.Contains(v.Enterprise))) continue;
                        var x = B($"x[{o.Id},{slots.IndexOf(slot)}]");
                        bool now = slot.Team is { } t && t.Officers.Contains(o);
                        model.AddHint(x, now ? 1 : 0);
                        foreach (var (_, h) in slot.Incoming.Where(p => o.Conflicts.Contains(p.V.Enterprise)))
                            model.AddImplication(h, x.Not());
                        xs.Add(x);
                        slot.Officers.Add((o, x));
                        objective.Add((x, -OfficerWeight + (now ? 1 : 0)));
                        Add(byOfficer, o.Id, x);
                    }
                    if (fixedNeed) { model.Add(LinearExpr.Sum(xs) == K); continue; }
                    // Needed while one of its visits of d stays or a newcomer needing d joins.
                    var need = B($"need[{slots.IndexOf(slot)},{d}]");
                    model.AddHint(need, droppable.Count > 0 ? 1 : 0);
                    foreach (var (_, drop) in droppable) model.AddBoolOr([need, drop]);
                    foreach (var (_, h) in incoming) model.AddImplication(h, need);
                    model.Add(need <= LinearExpr.Sum(incoming.Select(i => i.H)) + droppable.Count - LinearExpr.Sum(droppable.Select(p => p.Drop)));
                    model.Add(LinearExpr.Sum(xs) == K * need);
                }
            }
            foreach (var list in byOfficer.Values)
                if (list.Count > 1) model.AddAtMostOne(list);
        }
        // First the most left-out visits placed (a plain objective the search reaches fast), then, keeping that many,
        // officer-days, travel and officers kept in place, from that solution, in the time left.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var placing = placedVars.Values.SelectMany(hs => hs).ToList();
        model.Maximize(LinearExpr.Sum(placing));
        var first = Solver(seed, work, seconds);
        var status = first.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible) || first.ObjectiveValue < 0.5) return [];
        var solver = first;
        model.ClearHints();
        foreach (var x in all) model.AddHint(x, first.BooleanValue(x));
        model.Add(LinearExpr.Sum(placing) >= (long)Math.Round(first.ObjectiveValue));
        model.Maximize(LinearExpr.WeightedSum(objective.Select(o => o.Var), objective.Select(o => o.Weight)));
        // Always the second stage (deterministic work decides); the wall clock left is only the safety net.
        double rest = Math.Max(0.05, seconds - clock.Elapsed.TotalSeconds);
        {
            var second = Solver(seed, work, rest);
            var status2 = second.Solve(model);
            if (status2 is CpSolverStatus.Optimal or CpSolverStatus.Feasible) solver = second;
        }
        var placed = left.Where(v => placedVars[v].Any(h => solver.BooleanValue(h))).ToList();
        Apply(draft, slots, solver, departments);
        return placed;
    }

    /// <summary>Deterministic whatever the number of threads (interleaved search, deterministic time) unless the wall-clock budget runs out first.</summary>
    private static CpSolver Solver(int seed, double deterministicSeconds, double seconds) => new()
    {
        StringParameters = string.Create(CultureInfo.InvariantCulture,
            $"num_workers:2 interleave_search:true random_seed:{seed} max_deterministic_time:{deterministicSeconds} max_time_in_seconds:{Math.Max(0.05, seconds):0.###} catch_sigint_signal:false"),
    };

    private void Apply(MonthDraft draft, List<Slot> slots, CpSolver solver, HashSet<int> departments)
    {
        // Officers of the modelled departments leave their team-days; moved visits go; newcomers join; officers join.
        foreach (var slot in slots.Where(s => s.Team is not null))
        {
            var modelled = slot.Officers.Select(p => p.Officer.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var o in slot.Team!.Officers.Where(o => modelled.Contains(o.Id)).ToList()) draft.Leave(slot.Team, o);
        }
        var changed = new List<TeamDayDraft>();
        foreach (var slot in slots.Where(s => s.Team is not null))
            foreach (var (w, target, _) in slot.Moves.Where(m => solver.BooleanValue(m.R)))
            {
                var t = slot.Team!;
                t.Team = new TeamCluster(t.Team.Township, t.Team.Visits.Where(x => x != w).ToList());
                changed.Add(t);
                if (target.Host is { } host)
                    host.Team = new TeamCluster(host.Team.Township, TeamRoute.Insert(ctx, host.Team.Township, host.Team.Visits, w));
                else
                {
                    var alone = new TeamCluster(w.Township, [w]);
                    var crew = w.Departments.SelectMany(d => staffing.Ranked(alone, staffing.Eligible(alone, d, target.Date, draft.Busy[target.Date]), draft.DaysWorked).Take(K)).ToList();
                    draft.Add(target.Date, alone, crew);
                }
            }
        foreach (var slot in slots)
        {
            var newcomers = slot.Incoming.Where(i => solver.BooleanValue(i.H) && slot.Moves.All(m => m.W != i.V)).Select(i => i.V).ToList();
            var officers = slot.Officers.Where(p => solver.BooleanValue(p.X)).Select(p => p.Officer).ToList();
            if (slot.Team is { } t)
            {
                // Moved-in visits were inserted above; left-out visits joining are inserted here.
                foreach (var v in newcomers.Where(v => !t.Team.Visits.Contains(v)))
                {
                    var had = t.Team.Departments.ToHashSet();
                    t.Team = new TeamCluster(t.Team.Township, TeamRoute.Insert(ctx, t.Team.Township, t.Team.Visits, v));
                    foreach (var d in v.Departments.Where(d => !departments.Contains(d) && !had.Contains(d)))
                        officers.AddRange(FreeCrew(draft, t.Team, slot.Date, d));
                }
                foreach (var o in officers) draft.Join(t, o);
            }
            else if (newcomers.Count == 1)
            {
                var team = new TeamCluster(slot.Township, newcomers);
                foreach (var d in team.Departments.Where(d => !departments.Contains(d)))
                    officers.AddRange(FreeCrew(draft, team, slot.Date, d));
                draft.Add(slot.Date, team, officers);
            }
        }
        // Team-days that lost visits: officers of departments no visit needs any more go home; an empty team-day goes.
        foreach (var t in changed.Distinct())
        {
            foreach (var o in t.Officers.Where(o => !t.Team.Departments.Contains(ctx.DepartmentIndex[o.Department])).ToList()) draft.Leave(t, o);
            if (t.Team.Visits.Count == 0) draft.TeamDays.Remove(t);
        }
    }

    private IEnumerable<Inspector> FreeCrew(MonthDraft draft, TeamCluster team, DateOnly date, int d) =>
        staffing.Ranked(team, staffing.Eligible(team, d, date, draft.Busy[date]), draft.DaysWorked).Take(K).ToList();

    /// <summary>The most a visit can add to any team-day of its township: office → it → office, and its time on site.</summary>
    private double Bound(MonthVisit v) => TeamRoute.DayMinutes(ctx, v.Township, [v]);

    private static void Add<TKey>(Dictionary<TKey, List<BoolVar>> lists, TKey key, BoolVar x) where TKey : notnull =>
        (lists.TryGetValue(key, out var list) ? list : lists[key] = []).Add(x);

    /// <summary>An officer of a department the model leaves alone has a conflict (回避) with v's enterprise.</summary>
    private bool OtherConflict(TeamDayDraft t, MonthVisit v, HashSet<int> departments) =>
        t.Officers.Any(o => !departments.Contains(ctx.DepartmentIndex[o.Department]) && o.Conflicts.Contains(v.Enterprise));

    private double Added(IReadOnlyList<MonthVisit> visits, MonthVisit v) =>
        visits.Count == 0 ? TeamRoute.DayMinutes(ctx, v.Township, [v])
            : TeamRoute.DayMinutes(ctx, v.Township, TeamRoute.Insert(ctx, v.Township, visits, v)) - TeamRoute.DayMinutes(ctx, v.Township, visits);

    private IEnumerable<DateOnly> Allowed(MonthVisit v) => v.Joint ? ctx.JointDays : ctx.WorkingDays;

    private bool Fits(IReadOnlyList<MonthVisit> visits, MonthVisit v) =>
        visits.Count < ctx.Rules.MaxVisitsPerTeamDay
        && TeamRoute.DayMinutes(ctx, v.Township, TeamRoute.Insert(ctx, v.Township, visits, v)) <= ctx.Rules.WorkdayMinutes;

    /// <summary>Visits that may come into a team-day and go out of it.</summary>
    private sealed class Cap(TeamDayDraft team)
    {
        public TeamDayDraft Team { get; } = team;
        public List<(BoolVar X, MonthVisit V)> In { get; } = [];
        public List<(BoolVar X, MonthVisit V)> Out { get; } = [];
    }

    /// <summary>Where a moved visit goes: an existing team-day, or a new one of its own on the date.</summary>
    private sealed record Target(TeamDayDraft? Host, DateOnly Date);

    /// <summary>An existing team-day (or a new one when <see cref="Team"/> is null) of a date in the model.</summary>
    private sealed class Slot(DateOnly date, TeamDayDraft? team, string township, IReadOnlyList<MonthVisit> visits)
    {
        public DateOnly Date { get; } = date;
        public TeamDayDraft? Team { get; } = team;
        public string Township { get; } = township;
        public IReadOnlyList<MonthVisit> Visits { get; } = visits;
        /// <summary>Visits that may join: left-out ones (placed) or moved from another team-day.</summary>
        public List<(MonthVisit V, BoolVar H)> Incoming { get; } = [];
        public List<(Inspector Officer, BoolVar X)> Officers { get; } = [];
        public List<(MonthVisit W, BoolVar Drop)> Drops { get; } = [];
        public List<(MonthVisit W, Target Target, BoolVar R)> Moves { get; } = [];
    }
}

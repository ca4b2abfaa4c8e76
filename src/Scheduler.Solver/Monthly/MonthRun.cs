using System.Diagnostics;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// One month being planned by <see cref="MonthlyPlanner"/>: its steps in order, each changing the draft (team-days with
/// their officers) and the visits still left out. Every sub-solve is stopped by deterministic work; the month's wall
/// clock only at its deadline, past which the month says it was cut.
/// </summary>
internal sealed class MonthRun
{
    private readonly Instance _instance;
    private readonly AnnualPlan _annual;
    private readonly MonthlyPlannerOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly MonthContext _ctx;
    private readonly DateStaffing _staffing;

    /// <summary>Visits no day can hold, with their reason.</summary>
    private readonly List<UnscheduledVisit> _impossible = [];

    private List<TeamCluster> _teams = [];
    private MonthDraft _draft;

    /// <summary>Visits kept in a published team-day (<see cref="CarryOver"/>): grouping leaves them where they are.</summary>
    private readonly HashSet<string> _carried = new(StringComparer.Ordinal);

    /// <summary>Visits left out after the step that ran last.</summary>
    private List<MonthVisit> _left = [];

    /// <summary>Visits with no team-day so far (for the month's trace).</summary>
    public int LeftCount => _left.Count;

    /// <summary>The draft and left-out visits after the repair, kept should the re-staffing break a rule.</summary>
    private (MonthDraft Draft, List<MonthVisit> Left) _repaired;

    public MonthRun(Instance instance, AnnualPlan annual, int month, MonthlyPlannerOptions options, InspectionHistory? history, CancellationToken cancellationToken)
    {
        (_instance, _annual, _options, _cancellationToken) = (instance, annual, options, cancellationToken);
        _ctx = new MonthContext(instance, annual, month);
        _staffing = new DateStaffing(_ctx, new Random(unchecked(options.Seed * 7919 + month)), history, options.StaffingWork);
        _draft = new MonthDraft(_ctx.WorkingDays);
        _repaired = (_draft, _left);
    }

    private int Seed => _options.Seed;

    /// <summary>Staffing is stopped by deterministic work; the wall clock left is only the safety net.</summary>
    private double SecondsLeft => (_options.TimeLimit - _clock.Elapsed).TotalSeconds;

    private bool OutOfTime => _clock.Elapsed >= _options.TimeLimit;

    /// <summary>
    /// 0. A replan's month (docs/replanning.md): the published month's team-days are kept where they still hold — on the same
    /// date, with the visits of theirs the replanned year still has there, and their officers where they may still go (one
    /// gone on leave or now in conflict is replaced by a free officer of the department; a team-day that cannot be staffed
    /// so is dropped and its visits planned anew). What the published month did not hold is then planned around them.
    /// </summary>
    public void CarryOver(MonthlyPlan published)
    {
        int k = _ctx.Rules.OfficersPerDepartment;
        var visits = _ctx.Visits.ToDictionary(v => v.Id, StringComparer.Ordinal);
        foreach (var td in published.TeamDays.OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal))
        {
            if (!_draft.Busy.TryGetValue(td.Date, out var busy) || !_ctx.Townships.ContainsKey(td.Township)) continue;
            var kept = td.Visits.Select(id => visits.GetValueOrDefault(id))
                .Where(v => v is not null && v.Township == td.Township && !_carried.Contains(v.Id) && MonthReasons.Impossible(_ctx, v) is null)
                .Select(v => v!).ToList();
            var team = new TeamCluster(td.Township, kept);
            if (kept.Count == 0 || kept.Count > _ctx.Rules.MaxVisitsPerTeamDay || (team.Joint && !_ctx.JointDays.Contains(td.Date))
                || TeamRoute.DayMinutes(_ctx, td.Township, kept) > _ctx.Rules.WorkdayMinutes) continue;
            var officers = new List<Inspector>();
            foreach (var d in team.Departments)
            {
                var eligible = _staffing.Eligible(team, d, td.Date, busy);
                var mine = eligible.Where(o => td.Inspectors.Contains(o.Id, StringComparer.Ordinal)).Take(k).ToList();
                mine.AddRange(eligible.Where(o => !mine.Contains(o)).Take(k - mine.Count));
                if (mine.Count < k) break;
                officers.AddRange(mine);
            }
            if (officers.Count < k * team.Departments.Count) continue;
            _draft.Add(td.Date, team, officers);
            _carried.UnionWith(kept.Select(v => v.Id));
        }
    }

    /// <summary>1. Team-days per township (<see cref="TeamClustering"/>); visits that no day can hold are set aside with their
    /// reason; after <see cref="CarryOver"/>, a visit the published month did not hold first rides along with a kept team-day
    /// that has room and its departments' officers.</summary>
    public void GroupIntoTeamDays()
    {
        foreach (var group in _ctx.Visits.Where(v => !_carried.Contains(v.Id)).GroupBy(v => v.Township).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var plannable = new List<MonthVisit>();
            foreach (var v in group)
            {
                if (MonthReasons.Impossible(_ctx, v) is { } reason) _impossible.Add(new UnscheduledVisit(v.Id, MonthlyPlanner.ImpossiblePrefix + reason));
                else if (_carried.Count == 0 || !RideAlong.TryJoin(_ctx, _staffing, _draft, v, newOfficers: false)) plannable.Add(v);
            }
            _teams.AddRange(TeamClustering.Build(_ctx, group.Key, plannable));
        }
    }

    /// <summary>2. Team-days spread over their dates; 3. staffed date by date, what fails carried to a later date (what
    /// rides along with a staffed team is done), and what no date could staff set aside.</summary>
    public void StaffDateByDate() => _teams = StaffOnDates(_teams);

    /// <summary>4. Teams no date could staff: each visit rides along with a team that has room, else goes alone on any date it may.</summary>
    public void PlaceVisitByVisit() => _left.AddRange(PlaceAlone(_teams.SelectMany(c => c.Visits).ToList()));

    /// <summary>5. What is still left out takes officers exchanged or released elsewhere, or room made for it (<see cref="UnscheduledRepair"/>).</summary>
    public void Repair()
    {
        _left = Repaired(_left);
        _repaired = (_draft, _left);
    }

    /// <summary>
    /// 5b. After <see cref="CarryOver"/>: in each township where visits are still left out, its team-days are planned anew
    /// with them (all its visits of the month, the kept ones too) on a trial kept only when fewer of its visits are left
    /// out — the published team-days may be packed for visits that have gone, and the new ones find no room beside them.
    /// Part of the repair: the staffing loop's quick months skip it as they skip the repair.
    /// </summary>
    public void ReplanShortTownships()
    {
        if (_carried.Count == 0 || _left.Count == 0 || !_options.Repair) return;
        foreach (var township in _left.Select(v => v.Township).Distinct().Order(StringComparer.Ordinal).ToList())
        {
            if (_cancellationToken.IsCancellationRequested || OutOfTime) break;
            var leftHere = _left.Where(v => v.Township == township).ToList();
            int mark = _draft.Mark();
            var hosts = _draft.TeamDays.Where(t => t.Team.Township == township).ToList();
            var visits = hosts.SelectMany(t => t.Team.Visits).Concat(leftHere).OrderBy(v => v.Id, StringComparer.Ordinal).ToList();
            foreach (var td in hosts)
                foreach (var v in td.Team.Visits.ToList()) _draft.RemoveVisit(_ctx, td, v);
            var stillLeft = Repaired(PlaceAlone(StaffOnDates(TeamClustering.Build(_ctx, township, visits)).SelectMany(c => c.Visits).ToList()));
            if (stillLeft.Count < leftHere.Count)
            {
                _draft.Commit(mark);
                _left = _left.Where(v => v.Township != township).Concat(stillLeft).ToList();
            }
            else _draft.Rollback(mark);
        }
        _repaired = (_draft, _left);
    }

    /// <summary>Clusters spread over their dates and staffed date by date (<see cref="StaffDateByDate"/>); returns what no date could staff.</summary>
    private List<TeamCluster> StaffOnDates(List<TeamCluster> clusters)
    {
        var plannedOn = DateSpread.Spread(_ctx, clusters);
        var unstaffed = new List<TeamCluster>();
        foreach (var date in _ctx.WorkingDays)
        {
            var today = plannedOn.GetValueOrDefault(date) ?? [];
            if (today.Count == 0) continue;
            var done = _staffing.Staff(date, today, _draft.Busy[date], _draft.DaysWorked, Seed, SecondsLeft);
            foreach (var c in today.Where(done.ContainsKey)) _draft.Add(date, c, done[c]);
            foreach (var c in today.Where(c => !done.ContainsKey(c)))
            {
                var rest = c.Visits.Where(v => !RideAlong.TryJoin(_ctx, _staffing, _draft, v)).ToList();
                if (rest.Count == 0) continue;
                var smaller = new TeamCluster(c.Township, rest);
                if (DateSpread.NextDate(_ctx, smaller, date, plannedOn) is { } later) plannedOn[later].Add(smaller);
                else unstaffed.Add(smaller);
            }
        }
        return unstaffed;
    }

    /// <summary>Each visit rides along with a team that has room, else goes alone on any date it may (<see cref="PlaceVisitByVisit"/>); returns what found no place.</summary>
    private List<MonthVisit> PlaceAlone(List<MonthVisit> visits)
    {
        var left = new List<MonthVisit>();
        foreach (var v in visits)
        {
            if (RideAlong.TryJoin(_ctx, _staffing, _draft, v)) continue;
            var alone = new TeamCluster(v.Township, [v]);
            bool placed = false;
            foreach (var date in DateSpread.AllowedDates(_ctx, alone))
            {
                if (_cancellationToken.IsCancellationRequested) break;
                var done = _staffing.Staff(date, [alone], _draft.Busy[date], _draft.DaysWorked, Seed, SecondsLeft);
                if (done.TryGetValue(alone, out var officers)) { _draft.Add(date, alone, officers); placed = true; break; }
            }
            if (!placed) left.Add(v);
        }
        return left;
    }

    /// <summary>The visits the repair (<see cref="Repair"/>, when the options run it) could not place.</summary>
    private List<MonthVisit> Repaired(List<MonthVisit> visits)
    {
        if (!_options.Repair || visits.Count == 0) return visits;
        var repair = new UnscheduledRepair(_ctx, _staffing, () => _cancellationToken.IsCancellationRequested || OutOfTime);
        var stillLeft = new List<MonthVisit>();
        foreach (var v in visits)
        {
            if (repair.TryPlace(_draft, v) is { } repaired) _draft = repaired;
            else stillLeft.Add(v);
        }
        return stillLeft;
    }

    /// <summary>6. What the repair left: the officers of their departments re-decided on all their dates at once
    /// (<see cref="JointRestaffing"/>), wider and wider: the scarce departments with visits moved out of their team-days;
    /// then out of any team-day of the dates; then every department of the left-out visits. Each on a copy, kept when it places a visit.</summary>
    public void Restaff()
    {
        foreach (var (allDepartments, allSources) in new[] { (false, false), (false, true), (true, false) })
        {
            if (!_options.Restaff || _left.Count == 0 || _left.Count > _options.RestaffLimit || _cancellationToken.IsCancellationRequested || OutOfTime) break;
            double seconds = (_options.TimeLimit - _clock.Elapsed).TotalSeconds;
            var trial = _draft.Clone();
            var stage = SolverTrace.Month ? System.Diagnostics.Stopwatch.StartNew() : null;
            var placed = new JointRestaffing(_ctx, _staffing).Place(trial, _left, Seed, seconds, allDepartments, allSources, _options.RestaffWork);
            if (stage is not null)
                Console.Error.WriteLine($"[month {_ctx.Month}] restaff (all departments {allDepartments}, all sources {allSources}): {placed.Count} of {_left.Count} placed, {stage.Elapsed.TotalMilliseconds:0} ms");
            if (placed.Count > 0) (_draft, _left) = (trial, _left.Except(placed).ToList());
        }
    }

    /// <summary>The month as the contract writes it, checked (never worse than the repair alone should the re-staffing
    /// break a rule, which would be a bug), with the departments each left-out visit found short.</summary>
    public MonthlyPlanResult Finish()
    {
        var plan = Build(_draft, _left);
        var report = MonthlyPlanChecker.Check(_instance, _annual, [plan]);
        if (!report.Valid && _draft != _repaired.Draft)
        {
            (_draft, _left) = _repaired;
            plan = Build(_draft, _left);
            report = MonthlyPlanChecker.Check(_instance, _annual, [plan]);
        }
        if (!report.Valid)
            throw new InvalidOperationException($"the monthly planner built an invalid plan (a bug): {string.Join("; ", report.Violations.Take(5))}");
        var finalLeft = plan.Unscheduled.Select(u => u.Visit).ToHashSet(StringComparer.Ordinal);
        var impossible = _impossible.Select(u => u.Visit).ToHashSet(StringComparer.Ordinal);
        var shortOf = _ctx.Visits.Where(v => finalLeft.Contains(v.Id) && !impossible.Contains(v.Id))
            .ToDictionary(v => v.Id, v => (IReadOnlyList<string>)MonthReasons.ShortDepartments(_ctx, _staffing, new TeamCluster(v.Township, [v]), _draft.Busy)
                .Select(d => _ctx.Departments[d]).ToList(), StringComparer.Ordinal);
        var lacking = _ctx.Visits.Where(v => impossible.Contains(v.Id))
            .Select(v => (v.Id, Departments: MonthReasons.Lacking(_ctx, v).Select(d => _ctx.Departments[d]).ToList()))
            .Where(p => p.Departments.Count > 0)
            .ToDictionary(p => p.Id, p => (IReadOnlyList<string>)p.Departments, StringComparer.Ordinal);
        return new MonthlyPlanResult
        {
            Plan = plan, Figures = report.Months[0], Elapsed = _clock.Elapsed, CutByTimeLimit = OutOfTime, ShortDepartments = shortOf,
            LackingDepartments = lacking,
        };
    }

    private MonthlyPlan Build(MonthDraft final, List<MonthVisit> left) => new()
    {
        Instance = _instance.Name,
        Year = _instance.Year,
        Month = _ctx.Month,
        Seed = Seed,
        TeamDays = final.TeamDays.OrderBy(t => t.Date).ThenBy(t => t.Team.Township, StringComparer.Ordinal)
            .Select((t, i) => new TeamDay
            {
                Id = $"TD{_ctx.Month:00}-{i + 1}",
                Date = t.Date,
                Township = t.Team.Township,
                Inspectors = t.Officers.Select(o => o.Id).Order(StringComparer.Ordinal).ToList(),
                Visits = t.Team.Visits.Select(v => v.Id).ToList(),
            }).ToList(),
        Unscheduled = _impossible
            .Concat(left.Select(v => new UnscheduledVisit(v.Id, MonthReasons.Shortage(_ctx, _staffing, new TeamCluster(v.Township, [v]), final.Busy))))
            .OrderBy(u => u.Visit, StringComparer.Ordinal).ToList(),
    };
}

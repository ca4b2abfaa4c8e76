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

    /// <summary>Visits left out after the step that ran last.</summary>
    private List<MonthVisit> _left = [];

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

    /// <summary>1. Team-days per township (<see cref="TeamClustering"/>); visits that no day can hold are set aside with their reason.</summary>
    public void GroupIntoTeamDays()
    {
        foreach (var group in _ctx.Visits.GroupBy(v => v.Township).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var plannable = new List<MonthVisit>();
            foreach (var v in group)
            {
                if (MonthReasons.Impossible(_ctx, v) is { } reason) _impossible.Add(new UnscheduledVisit(v.Id, MonthlyPlanner.ImpossiblePrefix + reason));
                else plannable.Add(v);
            }
            _teams.AddRange(TeamClustering.Build(_ctx, group.Key, plannable));
        }
    }

    /// <summary>2. Team-days spread over their dates; 3. staffed date by date, what fails carried to a later date (what
    /// rides along with a staffed team is done), and what no date could staff set aside.</summary>
    public void StaffDateByDate()
    {
        var plannedOn = DateSpread.Spread(_ctx, _teams);
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
        _teams = unstaffed;
    }

    /// <summary>4. Teams no date could staff: each visit rides along with a team that has room, else goes alone on any date it may.</summary>
    public void PlaceVisitByVisit()
    {
        foreach (var v in _teams.SelectMany(c => c.Visits).ToList())
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
            if (!placed) _left.Add(v);
        }
    }

    /// <summary>5. What is still left out takes officers exchanged or released elsewhere, or room made for it (<see cref="UnscheduledRepair"/>).</summary>
    public void Repair()
    {
        var repair = new UnscheduledRepair(_ctx, _staffing, () => _cancellationToken.IsCancellationRequested || OutOfTime);
        var stillLeft = new List<MonthVisit>();
        foreach (var v in _left)
        {
            if (_options.Repair && repair.TryPlace(_draft, v) is { } repaired) _draft = repaired;
            else stillLeft.Add(v);
        }
        _left = stillLeft;
        _repaired = (_draft, _left);
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
            var placed = new JointRestaffing(_ctx, _staffing).Place(trial, _left, Seed, seconds, allDepartments, allSources, _options.RestaffWork);
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
        var shortOf = _ctx.Visits.Where(v => finalLeft.Contains(v.Id) && !_impossible.Any(u => u.Visit == v.Id))
            .ToDictionary(v => v.Id, v => (IReadOnlyList<string>)MonthReasons.ShortDepartments(_ctx, _staffing, new TeamCluster(v.Township, [v]), _draft.Busy)
                .Select(d => _ctx.Departments[d]).ToList(), StringComparer.Ordinal);
        return new MonthlyPlanResult
        {
            Plan = plan, Figures = report.Months[0], Elapsed = _clock.Elapsed, CutByTimeLimit = OutOfTime, ShortDepartments = shortOf,
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

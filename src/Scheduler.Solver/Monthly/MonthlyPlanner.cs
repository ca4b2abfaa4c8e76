using System.Diagnostics;
using System.Globalization;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// Turns one month of an annual plan into team-days: a date, a township, a team of certified officers
/// and an ordered route of visits (../shared/spec/PROBLEM.md §3). Per township, visits are grouped into
/// team-days (<see cref="TeamClustering"/>); team-days are spread over the joint weekdays (multi-department)
/// or working days (single-department) where officers are least stretched; each date's teams are staffed
/// on CP-SAT (<see cref="DateStaffing"/>); a team that cannot be staffed moves to a later date, then is
/// split into single visits. What still finds no team is unscheduled with the missing resource named.
/// </summary>
public sealed class MonthlyPlanner
{
    public MonthlyPlanResult Plan(Instance instance, AnnualPlan annual, int month, MonthlyPlannerOptions options,
        InspectionHistory? history = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var ctx = new MonthContext(instance, annual, month);
        int seed = options.Seed;
        var staffing = new DateStaffing(ctx, new Random(unchecked(seed * 7919 + month)), history, options.StaffingWork);
        var unscheduled = new List<UnscheduledVisit>();

        // 1. Team-days per township; visits that no day can hold are set aside with their reason.
        var clusters = new List<TeamCluster>();
        foreach (var group in ctx.Visits.GroupBy(v => v.Township).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var plannable = new List<MonthVisit>();
            foreach (var v in group)
            {
                if (Impossible(ctx, v) is { } reason) unscheduled.Add(new UnscheduledVisit(v.Id, ImpossiblePrefix + reason));
                else plannable.Add(v);
            }
            clusters.AddRange(TeamClustering.Build(ctx, group.Key, plannable));
        }

        // 2. Spread over dates, 3. staff date by date, carrying what fails forward.
        var plannedOn = Spread(ctx, clusters);
        var draft = new MonthDraft(ctx.WorkingDays);
        var left = new List<TeamCluster>();
        foreach (var date in ctx.WorkingDays)
        {
            var today = plannedOn.GetValueOrDefault(date) ?? [];
            if (today.Count == 0) continue;
            var done = staffing.Staff(date, today, draft.Busy[date], draft.DaysWorked, seed, SecondsLeft());
            foreach (var c in today.Where(done.ContainsKey)) draft.Add(date, c, done[c]);
            foreach (var c in today.Where(c => !done.ContainsKey(c)))
            {
                // What rides along with a staffed team (any date) is done; the rest tries a later date.
                var rest = c.Visits.Where(v => !RideAlong(v)).ToList();
                if (rest.Count == 0) continue;
                var smaller = new TeamCluster(c.Township, rest);
                if (NextDate(ctx, smaller, date, plannedOn) is { } later) plannedOn[later].Add(smaller);
                else left.Add(smaller);
            }
        }

        // 4. Teams no date could staff: each visit rides along with a team that has room (taking on free
        // officers of any department it lacks), else goes alone on any date it may.
        var failed = new List<MonthVisit>();
        foreach (var v in left.SelectMany(c => c.Visits).ToList())
        {
            if (RideAlong(v)) continue;
            var alone = new TeamCluster(v.Township, [v]);
            bool placed = false;
            foreach (var date in AllowedDates(ctx, alone))
            {
                if (cancellationToken.IsCancellationRequested) break;
                var done = staffing.Staff(date, [alone], draft.Busy[date], draft.DaysWorked, seed, SecondsLeft());
                if (done.TryGetValue(alone, out var officers)) { draft.Add(date, alone, officers); placed = true; break; }
            }
            if (!placed) failed.Add(v);
        }

        // 5. Repair: what is still left out takes officers exchanged or released elsewhere, or room made for it.
        var repair = new UnscheduledRepair(ctx, staffing, () => cancellationToken.IsCancellationRequested || OutOfTime());
        var stillLeft = new List<MonthVisit>();
        foreach (var v in failed)
        {
            if (options.Repair && repair.TryPlace(draft, v) is { } repaired) draft = repaired;
            else stillLeft.Add(v);
        }

        // 6. What the repair left: the officers of their departments re-decided on all their dates at once (CP-SAT).
        var (repairedDraft, repairedLeft) = (draft, stillLeft);
        // Wider and wider: the scarce departments with visits moved out of their team-days; then out of any team-day of
        // the dates; then every department of the left-out visits. Each on a copy, kept when it places a visit.
        foreach (var (allDepartments, allSources) in new[] { (false, false), (false, true), (true, false) })
        {
            if (!options.Restaff || stillLeft.Count == 0 || stillLeft.Count > options.RestaffLimit || cancellationToken.IsCancellationRequested || OutOfTime()) break;
            double seconds = (options.TimeLimit - clock.Elapsed).TotalSeconds;
            var trial = draft.Clone();
            var placed = new JointRestaffing(ctx, staffing).Place(trial, stillLeft, seed, seconds, allDepartments, allSources, options.RestaffWork);
            if (placed.Count > 0) (draft, stillLeft) = (trial, stillLeft.Except(placed).ToList());
        }

        var plan = Build(draft, stillLeft);
        var report = MonthlyPlanChecker.Check(instance, annual, [plan]);
        if (!report.Valid && draft != repairedDraft)
        {
            // Never worse than the repair alone: should the re-staffed month break a rule (a bug), keep the month before it.
            plan = Build(repairedDraft, repairedLeft);
            report = MonthlyPlanChecker.Check(instance, annual, [plan]);
        }
        if (!report.Valid)
            throw new InvalidOperationException($"the monthly planner built an invalid plan (a bug): {string.Join("; ", report.Violations.Take(5))}");
        // Every sub-solve is stopped by deterministic work; the wall clock only at this deadline, so past it the month was cut.
        var finalLeft = plan.Unscheduled.Select(u => u.Visit).ToHashSet(StringComparer.Ordinal);
        var shortOf = ctx.Visits.Where(v => finalLeft.Contains(v.Id) && !unscheduled.Any(u => u.Visit == v.Id))
            .ToDictionary(v => v.Id, v => (IReadOnlyList<string>)ShortDepartments(ctx, staffing, new TeamCluster(v.Township, [v]), draft.Busy)
                .Select(d => ctx.Departments[d]).ToList(), StringComparer.Ordinal);
        return new MonthlyPlanResult
        {
            Plan = plan, Figures = report.Months[0], Elapsed = clock.Elapsed, CutByTimeLimit = OutOfTime(), ShortDepartments = shortOf,
        };

        MonthlyPlan Build(MonthDraft final, List<MonthVisit> left) => new()
        {
            Instance = instance.Name,
            Year = instance.Year,
            Month = month,
            Seed = seed,
            TeamDays = final.TeamDays.OrderBy(t => t.Date).ThenBy(t => t.Team.Township, StringComparer.Ordinal)
                .Select((t, i) => new TeamDay
                {
                    Id = $"TD{month:00}-{i + 1}",
                    Date = t.Date,
                    Township = t.Team.Township,
                    Inspectors = t.Officers.Select(o => o.Id).Order(StringComparer.Ordinal).ToList(),
                    Visits = t.Team.Visits.Select(v => v.Id).ToList(),
                }).ToList(),
            Unscheduled = unscheduled
                .Concat(left.Select(v => new UnscheduledVisit(v.Id, Shortage(ctx, staffing, new TeamCluster(v.Township, [v]), final.Busy))))
                .OrderBy(u => u.Visit, StringComparer.Ordinal).ToList(),
        };

        // Staffing is stopped by deterministic work; the wall clock left is only the safety net.
        double SecondsLeft() => (options.TimeLimit - clock.Elapsed).TotalSeconds;

        bool OutOfTime() => clock.Elapsed >= options.TimeLimit;

        bool RideAlong(MonthVisit v)
        {
            int k = ctx.Rules.OfficersPerDepartment;
            (int Index, List<MonthVisit> Order, List<Inspector> Extra, double Added)? best = null;
            for (int i = 0; i < draft.TeamDays.Count; i++)
            {
                var (date, team, officers) = (draft.TeamDays[i].Date, draft.TeamDays[i].Team, draft.TeamDays[i].Officers);
                if (team.Township != v.Township || team.Visits.Count >= ctx.Rules.MaxVisitsPerTeamDay) continue;
                if (v.Joint && !ctx.JointDays.Contains(date)) continue;
                if (officers.Any(o => o.Conflicts.Contains(v.Enterprise))) continue;
                var order = TeamRoute.Insert(ctx, team.Township, team.Visits, v);
                double minutes = TeamRoute.DayMinutes(ctx, team.Township, order);
                if (minutes > ctx.Rules.WorkdayMinutes) continue;
                var grown = new TeamCluster(team.Township, order);
                var extra = new List<Inspector>();
                bool ok = true;
                foreach (var d in v.Departments.Where(d => !team.Departments.Contains(d)))
                {
                    var free = staffing.Eligible(grown, d, date, draft.Busy[date]).Take(k).ToList();
                    if (free.Count < k) { ok = false; break; }
                    extra.AddRange(free);
                }
                if (!ok) continue;
                double added = minutes - TeamRoute.DayMinutes(ctx, team.Township, team.Visits) + 1000 * extra.Count;
                if (best is null || added < best.Value.Added) best = (i, order, extra, added);
            }
            if (best is not { } b) return false;
            var host = draft.TeamDays[b.Index];
            host.Team.Visits = b.Order;
            host.Team.Departments.UnionWith(v.Departments);
            foreach (var o in b.Extra) draft.Join(host, o);
            return true;
        }
    }

    /// <summary>All twelve months in order, each avoiding the officers of every enterprise's previous visit.</summary>
    public IReadOnlyList<MonthlyPlanResult> PlanYear(Instance instance, AnnualPlan annual, MonthlyPlannerOptions options,
        IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (options.IndependentMonths)
        {
            var months = new MonthlyPlanResult?[12];
            Parallel.For(1, 13, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers), CancellationToken = CancellationToken.None },
                (m, state) =>
                {
                    if (cancellationToken.IsCancellationRequested) { state.Stop(); return; }
                    months[m - 1] = Plan(instance, annual, m, options, null, cancellationToken);
                });
            progress?.Report(new SolveProgress("months done", 1, null, null, null, clock.Elapsed));
            // Cancelled: the months up to the first missing one, as the sequential year returns.
            return [.. months.TakeWhile(r => r is not null).Select(r => r!)];
        }
        var history = new InspectionHistory();
        var results = new List<MonthlyPlanResult>();
        for (int m = 1; m <= 12 && !cancellationToken.IsCancellationRequested; m++)
        {
            progress?.Report(new SolveProgress($"month {m}", (m - 1) / 12.0, null, null, null, clock.Elapsed));
            var result = Plan(instance, annual, m, options, history, cancellationToken);
            history.Record(annual, result.Plan);
            results.Add(result);
        }
        progress?.Report(new SolveProgress("months done", 1, null, null, null, clock.Elapsed));
        return results;
    }

    /// <summary>Starts the reason of a visit that no monthly plan can schedule (as opposed to one this planner could not).</summary>
    public const string ImpossiblePrefix = "impossible: ";

    /// <summary>Why a visit can never be scheduled this month, or null.</summary>
    private static string? Impossible(MonthContext ctx, MonthVisit v)
    {
        if (!ctx.Townships.ContainsKey(v.Township))
            return $"enterprise {v.Enterprise} lies in unknown township {v.Township}";
        if (v.Joint && ctx.JointDays.Count == 0)
            return $"it needs a joint weekday ({string.Join("/", ctx.Instance.Calendar.JointWeekdays)}) and {MonthName(ctx)} has none that is a working day";
        if (!v.Joint && ctx.WorkingDays.Count == 0)
            return $"{MonthName(ctx)} has no working day";
        // Officers who may serve it at all, ignoring every other visit: none on any date is a proof, not a shortage.
        int k = ctx.Rules.OfficersPerDepartment;
        var dates = v.Joint ? ctx.JointDays : ctx.WorkingDays;
        bool Serves(Inspector o, DateOnly date) =>
            (string.IsNullOrEmpty(o.Township) || o.Township == v.Township) && !o.Unavailable.Contains(date) && !o.Conflicts.Contains(v.Enterprise);
        if (!dates.Any(date => v.Departments.All(d => ctx.OfficersOf[d].Count(o => Serves(o, date)) >= k)))
        {
            var lacking = v.Departments.Where(d => dates.All(date => ctx.OfficersOf[d].Count(o => Serves(o, date)) < k)).ToList();
            return lacking.Count > 0
                ? $"fewer than {k} {string.Join(" or ", lacking.Select(ctx.DepartmentName))} officers may inspect {v.Enterprise} in {ctx.TownshipName(v.Township)} on any {(v.Joint ? "joint" : "working")} day of {MonthName(ctx)} (posted elsewhere, unavailable or 回避), whatever else is planned"
                : $"no {(v.Joint ? "joint" : "working")} day of {MonthName(ctx)} has {k} officers of each of its departments who may inspect {v.Enterprise} in {ctx.TownshipName(v.Township)} (posted elsewhere, unavailable or 回避), whatever else is planned";
        }
        double day = TeamRoute.DayMinutes(ctx, v.Township, [v]);
        if (day > ctx.Rules.WorkdayMinutes)
            return string.Create(CultureInfo.InvariantCulture,
                $"the visit alone takes {day:0} minutes with travel from the {ctx.TownshipName(v.Township)} office, more than a working day ({ctx.Rules.WorkdayMinutes})");
        return null;
    }

    /// <summary>Team-days spread over their allowed dates, each to the date where its departments are least stretched.</summary>
    private static Dictionary<DateOnly, List<TeamCluster>> Spread(MonthContext ctx, List<TeamCluster> clusters)
    {
        var plannedOn = ctx.WorkingDays.ToDictionary(d => d, _ => new List<TeamCluster>());
        var demand = new Dictionary<(DateOnly, string, int), int>();
        var supply = new Dictionary<(DateOnly, string, int), int>();
        int Supply(DateOnly date, string township, int d) => supply.TryGetValue((date, township, d), out var s) ? s
            : supply[(date, township, d)] = ctx.OfficersOf[d].Count(o =>
                (township == "" || string.IsNullOrEmpty(o.Township) || o.Township == township) && !o.Unavailable.Contains(date));
        int k = ctx.Rules.OfficersPerDepartment;
        foreach (var c in clusters.OrderByDescending(c => c.Departments.Count).ThenByDescending(c => c.Visits.Count))
        {
            // Stretch here (posted and county officers who may come) and county-wide (county officers are shared).
            var best = AllowedDates(ctx, c).MinBy(date =>
                c.Departments.Sum(d => (double)(demand.GetValueOrDefault((date, c.Township, d)) + k) / Math.Max(1, Supply(date, c.Township, d))
                                       + (double)(demand.GetValueOrDefault((date, "", d)) + k) / Math.Max(1, Supply(date, "", d)))
                + (c.Joint || !ctx.JointDays.Contains(date) ? 0 : 0.5)); // keep joint days for joint teams
            plannedOn[best].Add(c);
            foreach (var d in c.Departments)
            {
                demand[(best, c.Township, d)] = demand.GetValueOrDefault((best, c.Township, d)) + k;
                demand[(best, "", d)] = demand.GetValueOrDefault((best, "", d)) + k;
            }
        }
        return plannedOn;
    }

    private static IEnumerable<DateOnly> AllowedDates(MonthContext ctx, TeamCluster c) => c.Joint ? ctx.JointDays : ctx.WorkingDays;

    /// <summary>The least-planned allowed date after <paramref name="date"/>, or null.</summary>
    private static DateOnly? NextDate(MonthContext ctx, TeamCluster c, DateOnly date, Dictionary<DateOnly, List<TeamCluster>> plannedOn)
    {
        var later = AllowedDates(ctx, c).Where(d => d > date).ToList();
        return later.Count == 0 ? null : later.MinBy(d => plannedOn[d].Count);
    }

    /// <summary>The departments whose officers ran out for a left-out visit: those with too few free on every allowed date, else all of its departments.</summary>
    private static List<int> ShortDepartments(MonthContext ctx, DateStaffing staffing, TeamCluster alone, Dictionary<DateOnly, ISet<string>> busy)
    {
        int k = ctx.Rules.OfficersPerDepartment;
        var dates = AllowedDates(ctx, alone).ToList();
        var missing = alone.Departments.Where(d => dates.All(date => staffing.Eligible(alone, d, date, busy[date]).Count < k)).ToList();
        return missing.Count > 0 ? missing : alone.Departments.ToList();
    }

    /// <summary>Names the department whose officers ran out, the township and the kind of day.</summary>
    private static string Shortage(MonthContext ctx, DateStaffing staffing, TeamCluster alone, Dictionary<DateOnly, ISet<string>> busy)
    {
        int k = ctx.Rules.OfficersPerDepartment;
        string days = alone.Joint ? "joint day" : "working day";
        var dates = AllowedDates(ctx, alone).ToList();
        var missing = alone.Departments.Where(d => dates.All(date => staffing.Eligible(alone, d, date, busy[date]).Count < k)).ToList();
        string where = ctx.TownshipName(alone.Township);
        if (missing.Count > 0)
            return $"no {k} free {string.Join(" or ", missing.Select(ctx.DepartmentName))} officers for {where} on any {days} of {MonthName(ctx)}"
                   + (missing.Any(d => ctx.OfficersOf[d].Count(o => string.IsNullOrEmpty(o.Township) || o.Township == alone.Township) < k)
                       ? " (fewer than that are certified for this township at all)" : "");
        return $"no {days} of {MonthName(ctx)} has {k} free officers of every department it needs ({string.Join(", ", alone.Departments.Select(ctx.DepartmentName))}) in {where} at once";
    }

    private static string MonthName(MonthContext ctx) => $"{ctx.Instance.Year}-{ctx.Month:00}";
}

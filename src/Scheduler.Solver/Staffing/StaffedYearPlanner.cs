using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Planners;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// Plans a year the county's officers can carry out. The optimized annual plan (staff ignored: the unconstrained
/// optimum) is fitted to what each department's officers can carry per township and month (<see cref="StaffFit"/>);
/// the twelve months are planned; where they still leave visits out, those department-township-months get tighter
/// limits and the annual plan is fitted again — until nothing is left out or a round places nothing more. The best
/// year (fewest unassigned + unscheduled, then fewest visits) is returned. Deterministic for the same inputs and seed.
/// </summary>
public sealed class StaffedYearPlanner
{
    /// <summary>The share of a team-day's room the first limits count on: all of it; the rounds tighten the cells the months
    /// cannot carry (measured: 0.7 and 0.85 cost more visits and left more out than 1.0).</summary>
    private const double Fill = 1.0;

    /// <summary>At most this many rounds (each: a fit, twelve quick months); on the 370-officer 12,000 county the rounds
    /// leave 4,191, 680, 250, 180, 125, 103, 72, 56 visits out, then stall around 50.</summary>
    private const int MaxRounds = 10;

    /// <summary>The loop stops when this many rounds in a row leave no fewer visits out than the best so far.</summary>
    private const int StaleRounds = 2;

    /// <summary>Deterministic seconds of a date's CP-SAT staffing in the best year's months: none, the greedy draw with the
    /// repair (measured on the 370-officer county: 44 left out in 17 s, against 49 in 35 s with 0.2).</summary>
    private const double FinalStaffingWork = 0;

    /// <summary>The best year's months re-staff a month's joint days only where at most this many visits are left out.</summary>
    private const int FinalRestaffLimit = 5;

    /// <summary>Deterministic seconds of a date's CP-SAT staffing in the loop's months: none, the greedy draw alone tells where
    /// the officers fall short (the best year gets the default).</summary>
    private const double QuickStaffingWork = 0;

    public StaffedYear Plan(Instance instance, PlannerOptions options, MonthlyPlannerOptions monthOptions,
        IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var unconstrained = AnnualPlanners.Create(PlannerKind.Optimized).Plan(instance, options, progress, cancellationToken);
        var ci = new CompiledInstance(instance);
        var schedules = PlanSchedules.From(ci, unconstrained.Plan);
        var ledger = new CapacityLedger(ci);
        var capacity = new StaffCapacity(instance);
        var staff = new StaffLoad(ci, capacity, schedules, Fill);
        foreach (var s in schedules)
        {
            ledger.Add(s);
            staff.Add(s);
        }
        // Two lower bounds on the visits staffing adds: visits forced into a month, and joint visits no team can carry.
        int priceBound = Math.Max(StaffingCheck.PriceBound(instance), JointVisitBound.Of(instance, unconstrained.Plan));

        var fit = new StaffFit(ci, schedules, ledger, staff);
        var rounds = new List<StaffRound>();
        (PlanResult Annual, IReadOnlyList<MonthlyPlanResult> Months, int Left)? best = null;
        IReadOnlySet<(int, int)>? first = null;
        var planner = new MonthlyPlanner();
        // The loop's months skip the repair and the month-wide re-staffing and are planned side by side without the rotation
        // history (a round's job is to find where the officers fall short); the best year then gets its months in order with every step.
        var quick = monthOptions.Copy();
        (quick.Repair, quick.Restaff, quick.StaffingWork, quick.IndependentMonths) = (false, false, QuickStaffingWork, true);
        int stale = 0;
        for (int round = 1; round <= MaxRounds && stale < StaleRounds && !cancellationToken.IsCancellationRequested; round++)
        {
            var fitClock = System.Diagnostics.Stopwatch.StartNew();
            var (moves, splits) = fit.Run(first, cancellationToken);
            double fitSeconds = fitClock.Elapsed.TotalSeconds;
            if (round > 1 && moves + splits == 0) break;
            var annual = PlanResults.Build(ci, schedules, "optimized", unconstrained.Status, unconstrained.Elapsed,
                unconstrained.PerEnterpriseBound, unconstrained.PerEnterpriseBoundExact) with { Work = unconstrained.Work };
            progress?.Report(new SolveProgress($"staffing round {round}: the twelve months", 0.9, annual.Figures.Visits, annual.Figures.Unassigned, unconstrained.PerEnterpriseBound, unconstrained.Elapsed));
            var months = planner.PlanYear(instance, annual.Plan, quick, null, cancellationToken);
            int left = months.Sum(m => m.Figures.Unscheduled);
            rounds.Add(new StaffRound(round, moves, splits, annual.Figures.Visits, left));
            if (Environment.GetEnvironmentVariable("SCHEDULER_TRACE_STAFF") is not null)
                Console.Error.WriteLine($"[staff] round {round}: moves {moves}, splits {splits}, visits {annual.Figures.Visits}, unscheduled {left}, overflow left {staff.TotalOverflow}, fit {fitSeconds:0.0} s, months {months.Sum(m => m.Elapsed.TotalSeconds):0.0} s");
            if (best is null || (annual.Figures.Unassigned + left, annual.Figures.Visits).CompareTo(
                    (best.Value.Annual.Figures.Unassigned + best.Value.Left, best.Value.Annual.Figures.Visits)) < 0)
            {
                stale = best is { } b && annual.Figures.Unassigned + left >= b.Annual.Figures.Unassigned + b.Left ? stale + 1 : 0;
                best = (annual, months, left);
            }
            else stale++;
            if (left == 0) break;
            first = Tighten(ci, annual.Plan, months, staff);
        }
        var chosen = best ?? (unconstrained, [], 0);
        if (chosen.Months.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            // The best year's months in order, with the rotation history and the repair; the month-wide re-staffing only where
            // a handful is left: its one model of a month's joint days grows with the county.
            var final = monthOptions.Copy();
            final.IndependentMonths = false;
            final.RestaffLimit = Math.Min(monthOptions.RestaffLimit, FinalRestaffLimit);
            final.StaffingWork = Math.Min(monthOptions.StaffingWork, FinalStaffingWork);
            var full = planner.PlanYear(instance, chosen.Annual.Plan, final, null, cancellationToken);
            int left = full.Sum(m => m.Figures.Unscheduled);
            if (Environment.GetEnvironmentVariable("SCHEDULER_TRACE_STAFF") is not null)
                Console.Error.WriteLine($"[staff] final months: unscheduled {left}, {full.Sum(m => m.Elapsed.TotalSeconds):0.0} s");
            if (left <= chosen.Left) chosen = (chosen.Annual, full, left);
        }
        var mergeClock = System.Diagnostics.Stopwatch.StartNew();
        if (chosen.Months.Count == 12 && !cancellationToken.IsCancellationRequested && YearMerge.Run(ci, chosen.Annual.Plan, chosen.Months) is { } merged)
        {
            if (Environment.GetEnvironmentVariable("SCHEDULER_TRACE_STAFF") is not null)
                Console.Error.WriteLine($"[staff] sibling visits merged back: {merged.Merged}, visits {merged.Figures.Visits}, unscheduled {merged.Months.Sum(m => m.Figures.Unscheduled)}, {mergeClock.Elapsed.TotalSeconds:0.0} s");
            chosen = (chosen.Annual with { Plan = merged.Annual, Figures = merged.Figures }, merged.Months, merged.Months.Sum(m => m.Figures.Unscheduled));
        }
        return new StaffedYear
        {
            Annual = chosen.Annual,
            Months = chosen.Months,
            UnconstrainedVisits = unconstrained.Figures.Visits,
            StaffingPriceBound = priceBound,
            Rounds = rounds,
        };
    }

    /// <summary>
    /// Each visit left out for want of officers lowers the limits of the departments that ran short (their joint cells
    /// for a joint visit, their all-visits cells otherwise; in its township, county-wide and, where no officer of the department is posted, among the townships its county-level
    /// officers alone serve) to what the months carried;
    /// returns the (enterprise, month) of those visits, which the next fit changes first.
    /// </summary>
    private static HashSet<(int, int)> Tighten(CompiledInstance ci, AnnualPlan annual, IReadOnlyList<MonthlyPlanResult> months, StaffLoad staff)
    {
        var visits = annual.Visits.ToDictionary(v => v.Id, StringComparer.Ordinal);
                var left = new Dictionary<StaffCell, int>();
        var where = new HashSet<(int, int)>();
        foreach (var month in months)
            foreach (var (visitId, departments) in month.ShortDepartments.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                if (!visits.TryGetValue(visitId, out var v)) continue;
                int e = ci.EnterpriseIndex[v.Enterprise];
                where.Add((e, v.Month));
                bool joint = v.Tasks.Select(t => ci.Needs[ci.NeedIndex[t.Need]].Department).Distinct().Count() > 1;
                foreach (var id in departments)
                {
                    if (!ci.DepartmentIndex.TryGetValue(id, out int d)) continue;
                    foreach (var cell in staff.CellsAt(joint, d, e, v.Month)) left[cell] = left.GetValueOrDefault(cell) + 1;
                }
            }
        foreach (var (cell, count) in left) staff.Tighten(cell, staff.Use(cell) - count);
        return where;
    }
}

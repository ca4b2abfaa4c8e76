using System.Diagnostics;
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
        // SCHEDULER_TRACE_MONTH: each step's seconds on standard error (where a slow month spends its time).
        var t = SolverTrace.Month ? Stopwatch.StartNew() : null;
        var steps = new List<string>();
        var run = new MonthRun(instance, annual, month, options, history, cancellationToken);
        void Step(string name)
        {
            if (t is null) return;
            steps.Add($"{name} {t.Elapsed.TotalMilliseconds:0} ms ({run.LeftCount} left)");
            t.Restart();
        }
        Step("context");
        if (options.Published?.GetValueOrDefault(month) is { } published) run.CarryOver(published);
        Step("carry");
        run.GroupIntoTeamDays();
        Step("group");
        run.StaffDateByDate();
        Step("staff");
        run.PlaceVisitByVisit();
        Step("place");
        run.Repair();
        Step("repair");
        run.ReplanShortTownships();
        Step("towns");
        run.Restaff();
        Step("restaff");
        var result = run.Finish();
        Step("finish");
        if (t is not null) Console.Error.WriteLine($"[month {month}] {string.Join(", ", steps)}");
        return result;
    }

    /// <summary>
    /// The months <paramref name="firstMonth"/>..12 in order (all twelve by default; a replan's from its first month), each
    /// avoiding the officers of every enterprise's previous visit among them.
    /// </summary>
    public IReadOnlyList<MonthlyPlanResult> PlanYear(Instance instance, AnnualPlan annual, MonthlyPlannerOptions options,
        IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default, int firstMonth = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstMonth, 12);
        var clock = Stopwatch.StartNew();
        int count = 13 - firstMonth;
        if (options.IndependentMonths)
        {
            var months = new MonthlyPlanResult?[count];
            Parallel.For(firstMonth, 13, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers), CancellationToken = CancellationToken.None },
                (m, state) =>
                {
                    if (cancellationToken.IsCancellationRequested) { state.Stop(); return; }
                    months[m - firstMonth] = Plan(instance, annual, m, options, null, cancellationToken);
                });
            progress?.Report(new SolveProgress("months done", 1, null, null, null, clock.Elapsed));
            // Cancelled: the months up to the first missing one, as the sequential year returns.
            return [.. months.TakeWhile(r => r is not null).Select(r => r!)];
        }
        var history = new InspectionHistory();
        var results = new List<MonthlyPlanResult>();
        for (int m = firstMonth; m <= 12 && !cancellationToken.IsCancellationRequested; m++)
        {
            progress?.Report(new SolveProgress($"month {m}", (m - firstMonth) / (double)count, null, null, null, clock.Elapsed));
            var result = Plan(instance, annual, m, options, history, cancellationToken);
            history.Record(annual, result.Plan);
            results.Add(result);
        }
        progress?.Report(new SolveProgress("months done", 1, null, null, null, clock.Elapsed));
        return results;
    }

    /// <summary>Starts the reason of a visit that no monthly plan can schedule (as opposed to one this planner could not).</summary>
    public const string ImpossiblePrefix = "impossible: ";
}

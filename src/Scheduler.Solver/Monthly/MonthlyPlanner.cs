using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// Turns one month of an annual plan into team-days: a date, a township, a team of certified officers
/// and an ordered route of visits (../shared/spec/PROBLEM.md §3). What cannot be staffed or fitted is
/// unscheduled with the missing resource named. Never throws on a valid instance and plan.
/// </summary>
public sealed class MonthlyPlanner
{
    public MonthlyPlanResult Plan(Instance instance, AnnualPlan annual, int month, MonthlyPlannerOptions options,
        InspectionHistory? history = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>All twelve months in order, each avoiding the officers of every enterprise's previous visit.</summary>
    public IReadOnlyList<MonthlyPlanResult> PlanYear(Instance instance, AnnualPlan annual, MonthlyPlannerOptions options,
        IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var history = new InspectionHistory();
        var results = new List<MonthlyPlanResult>();
        for (int m = 1; m <= 12 && !cancellationToken.IsCancellationRequested; m++)
        {
            progress?.Report(new SolveProgress($"month {m}", (m - 1) / 12.0, null, null, null, TimeSpan.Zero));
            var result = Plan(instance, annual, m, options, history, cancellationToken);
            history.Record(annual, result.Plan);
            results.Add(result);
        }
        return results;
    }
}

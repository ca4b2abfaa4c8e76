using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>
/// Finds the plan the office's plan pages show: ?run= when given, else the newest run with a plan for the year
/// (?year=, default the newest register year, <see cref="PlanYears"/>). Runs are parsed once and kept (<see cref="RunCache"/>).
/// </summary>
public static class ShownPlans
{
    public static async Task<ShownPlanResult> FindAsync(long? runId, int? year, RunCache cache, SolveRunStore runs, RegisterStore registers,
        CancellationToken cancellationToken)
    {
        SolveRun? run;
        if (runId is { } id)
        {
            run = await runs.GetAsync(id, cancellationToken);
            if (run is null) return new ShownPlanResult(year, null, PlanMissing.UnknownRun);
            if (!run.HasPlan) return new ShownPlanResult(run.Year, null, PlanMissing.RunWithoutPlan);
        }
        else
        {
            var resolved = await PlanYears.ResolveAsync(year, registers, cancellationToken);
            if (resolved is null) return new ShownPlanResult(null, null, PlanMissing.NoRegister);
            run = await runs.LatestWithPlanAsync(resolved.Value, cancellationToken);
            if (run is null) return new ShownPlanResult(resolved, null, PlanMissing.NotSolved);
        }

        var data = await cache.GetAsync(run, cancellationToken);
        if (data is null) return new ShownPlanResult(run.Year, null, PlanMissing.Unreadable);
        return new ShownPlanResult(run.Year, new ShownPlan(run, data), PlanMissing.None);
    }

    /// <summary>The shown run's monthly plan of <paramref name="month"/>, or null when it has none (or it does not read back).</summary>
    public static async Task<MonthlyPlan?> MonthAsync(ShownPlan shown, int month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        if (month is < 1 or > 12) return null;
        return (await shown.Data.MonthsAsync(cancellationToken)).GetValueOrDefault(month);
    }

    /// <summary>The shown run's monthly plans that exist, by month.</summary>
    public static Task<IReadOnlyDictionary<int, MonthlyPlan>> MonthsAsync(ShownPlan shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return shown.Data.MonthsAsync(cancellationToken);
    }
}

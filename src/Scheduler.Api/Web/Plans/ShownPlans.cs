using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Web.Plans;

/// <summary>
/// Finds the plan the office's plan pages show: ?run= when given, else the newest run with a plan for the year
/// (?year=, default the newest register year, <see cref="PlanYears"/>). Plans and instances are read with ContractJson.
/// </summary>
public static class ShownPlans
{
    public static async Task<PlanLookup> FindAsync(long? runId, int? year, SolveRunStore runs, RegisterStore registers,
        CancellationToken cancellationToken)
    {
        SolveRun? run;
        if (runId is { } id)
        {
            run = await runs.GetAsync(id, cancellationToken);
            if (run is null) return new PlanLookup(year, null, PlanMissing.UnknownRun);
            if (!run.HasPlan) return new PlanLookup(run.Year, null, PlanMissing.RunWithoutPlan);
        }
        else
        {
            var resolved = await PlanYears.ResolveAsync(year, registers, cancellationToken);
            if (resolved is null) return new PlanLookup(null, null, PlanMissing.NoRegister);
            run = await runs.LatestWithPlanAsync(resolved.Value, cancellationToken);
            if (run is null) return new PlanLookup(resolved, null, PlanMissing.NotSolved);
        }

        var planJson = await runs.GetPlanAsync(run.Id, cancellationToken);
        var instanceJson = await runs.GetInstanceAsync(run.Id, cancellationToken);
        var plan = planJson is null ? null : ContractJson.ReadAnnualPlan(planJson).Value;
        var instance = instanceJson is null ? null : ContractJson.ReadInstance(instanceJson).Value;
        if (plan is null || instance is null) return new PlanLookup(run.Year, null, PlanMissing.Unreadable);
        return new PlanLookup(run.Year, new ShownPlan(run, instance, plan), PlanMissing.None);
    }

    /// <summary>The run's monthly plan of <paramref name="month"/>, or null when it has none (or it does not read back).</summary>
    public static async Task<MonthlyPlan?> MonthAsync(SolveRunStore runs, long runId, int month, CancellationToken cancellationToken)
    {
        if (month is < 1 or > 12) return null;
        var json = await runs.GetMonthAsync(runId, month, cancellationToken);
        return json is null or "null" ? null : ContractJson.ReadMonthlyPlan(json).Value;
    }

    /// <summary>The run's monthly plans that exist, by month.</summary>
    public static async Task<IReadOnlyDictionary<int, MonthlyPlan>> MonthsAsync(SolveRunStore runs, SolveRun run, CancellationToken cancellationToken)
    {
        var months = new Dictionary<int, MonthlyPlan>();
        for (var m = 1; m <= Math.Min(12, run.Months); m++)
        {
            if (await MonthAsync(runs, run.Id, m, cancellationToken) is { } plan) months[m] = plan;
        }
        return months;
    }
}

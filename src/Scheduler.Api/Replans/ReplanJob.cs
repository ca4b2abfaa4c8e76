using System.Text.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Microsoft.Extensions.Options;
using Scheduler.Api.Hosting;
using Scheduler.Api.Shared;
using Scheduler.Api.Solves;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;
using Scheduler.Domain.Records;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Replanning;

namespace Scheduler.Api.Replans;

/// <summary>
/// Runs one replan (its only argument is the run id): the run's changed instance, the plan of the run it replaces and the
/// records it was asked with go through the <see cref="Replanner"/> in the run's staff mode (fit by default: the replan
/// fitted to the officers, its months from the replan's first month on planned by that fit, keeping the replaced run's
/// team-days where they still hold; ignore: those months planned anew after it), earlier months (history) keep the replaced run's monthly plans where they still name exactly its visits. Plan, months and figures (with
/// <see cref="ReplanFigures"/>) are stored once, like a solve's (<see cref="SolveRunStore.CompleteAsync"/>).
/// </summary>
public sealed class ReplanJob(SolveRunStore runs, ReplanRunStore replans, IOptions<SchedulerOptions> options, ILogger<ReplanJob> logger)
{
    /// <summary>The run <paramref name="runId"/> of <paramref name="county"/> (null: the installation's own county).</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(string? county, long runId, CancellationToken shutdown)
    {
        using (CountyScope.Use(county)) await RunAsync(runId, shutdown);
    }

    /// <summary>A run of the county in scope (jobs enqueued before counties carried theirs run in the installation's own).</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(long runId, CancellationToken shutdown)
    {
        if (await runs.StartWithSettingsAsync(runId, shutdown) is not var (instanceJson, settings)
            || await replans.GetInputsAsync(runId, shutdown) is not { } inputs)
        {
            logger.LogInformation("Replan run {Run} is final, unknown or no replan; nothing to do", runId);
            return;
        }
        try
        {
            var instance = ContractJson.ReadInstance(instanceJson).Value
                           ?? throw new InvalidOperationException($"run {runId}: the stored instance does not read back");
            var previous = ContractJson.ReadAnnualPlan(await runs.GetPlanAsync(inputs.Replaces, shutdown) ?? "").Value
                           ?? throw new InvalidOperationException($"run {runId}: the plan of run {inputs.Replaces} does not read back");
            var records = RecordJson.Read(inputs.RecordsJson).Value;
            if (records is { Records.Count: 0 }) records = null;
            var annualOptions = RunOptions.Annual(options.Value, settings);
            var monthOptions = RunOptions.Month(options.Value, settings);
            // The run's staff mode, as a solve's (SolveJob): fit replans to the officers and plans months From..12 with it.
            bool fit = settings.Staff == SolveSettings.Fit;
            // The replaced run's months from the replan's first month on: the fitted months keep their team-days where they still hold.
            var published = new List<Scheduler.Domain.Plans.MonthlyPlan>();
            for (int m = inputs.From; fit && m <= 12; m++)
                if (await runs.GetMonthAsync(inputs.Replaces, m, shutdown) is { } text && ContractJson.ReadMonthlyPlan(text).Value is { } month)
                    published.Add(month);
            var result = Replanner.Replan(instance, previous, inputs.From, records, annualOptions, shutdown, fitStaff: fit ? monthOptions : null,
                published: published);
            if (result.Plan is null)
            {
                var why = string.Join("; ", result.Problems.Take(5).Select(p => p.ToString()));
                await runs.CompleteAsync(runId, SolveStates.Failed, null, null, null, $"the history does not fit the changed year: {why}", CancellationToken.None);
                return;
            }

            var fitted = result.Months.ToDictionary(m => m.Plan.Month);
            var planner = new MonthlyPlanner();
            var planned = new List<MonthlyPlanResult>();
            var months = new JsonArray();
            for (int m = 1; m <= 12; m++)
            {
                var kept = m < inputs.From ? await runs.GetMonthAsync(inputs.Replaces, m, shutdown) : null;
                if (kept is not null and not "null" && Fits(kept, result.Plan, m))
                {
                    months.Add(JsonNode.Parse(kept));
                    continue;
                }
                var month = fitted.GetValueOrDefault(m) ?? planner.Plan(instance, result.Plan, m, monthOptions, null, shutdown);
                planned.Add(month);
                months.Add(JsonNode.Parse(ContractJson.Write(month.Plan)));
            }

            var annual = new PlanResult { Plan = result.Plan, Status = SolveStatus.Feasible, Planner = "replan", Figures = result.Figures!, Elapsed = result.Elapsed };
            var figures = RunFigures.From(annual, planned, null) with { Replan = Figures(inputs, result) };
            var json = JsonSerializer.Serialize(figures, ApiJsonContext.Default.RunFigures);
            var stored = await runs.CompleteAsync(runId, SolveStates.Succeeded, json, ContractJson.Write(result.Plan), months.ToJsonString(), null, CancellationToken.None);
            logger.LogInformation("Replan run {Run} of run {Replaces} from month {From} ({Stored})", runId, inputs.Replaces, inputs.From, stored ? "stored" : "already final");
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            throw; // the server is stopping: Hangfire requeues the job
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Replan run {Run} failed", runId);
            await runs.CompleteAsync(runId, SolveStates.Failed, null, null, null, e.Message, CancellationToken.None);
        }
    }

    /// <summary>
    /// A history month's plan is kept when it names exactly the new plan's visits of that month (no visit not done was
    /// dropped there); otherwise the month is planned again, so every stored month is valid for the new plan.
    /// </summary>
    private static bool Fits(string monthJson, Scheduler.Domain.Plans.AnnualPlan plan, int month)
    {
        if (ContractJson.ReadMonthlyPlan(monthJson).Value is not { } kept) return false;
        var named = kept.TeamDays.SelectMany(d => d.Visits).Concat(kept.Unscheduled.Select(u => u.Visit)).ToHashSet(StringComparer.Ordinal);
        var visits = plan.Visits.Where(v => v.Month == month).Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        return named.SetEquals(visits);
    }

    private static ReplanFigures Figures(ReplanInputs inputs, ReplanResult r) => new()
    {
        Replaces = inputs.Replaces,
        From = inputs.From,
        Touched = r.Touched.Count,
        KeptFutureVisits = r.KeptFutureVisits,
        PreviousFutureVisits = r.PreviousFutureVisits,
        NotDoneVisits = r.NotDoneVisits,
        UnreportedVisits = r.UnreportedVisits,
        FrozenChanged = r.FrozenChanged,
        RoomPlaced = r.RoomPlaced,
        RoomMade = r.RoomMade,
        RoomFrozen = r.RoomFrozen,
        FrozenMoved = r.FrozenMoved,
        Causes = r.Touched,
    };
}

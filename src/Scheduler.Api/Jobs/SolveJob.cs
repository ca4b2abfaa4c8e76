using System.Text.Json;
using System.Text.Json.Nodes;
using Scheduler.Api.Endpoints;
using Hangfire;
using Microsoft.Extensions.Options;
using Scheduler.Api.Hosting;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Runs one solve: its only argument is the run id. Loads the run's instance, plans the year (progress written
/// back), plans the twelve months, and stores plan, months and figures in one statement. Re-entrant: a rerun of a
/// run already final does nothing, and the result is stored only by the first to finish. A cancel request (read from
/// the database, so it works from any server) stops the planners, which return their best plan; that plan is kept.
/// A server shutting down instead throws, so Hangfire requeues the job.
/// </summary>
public sealed class SolveJob(SolveRunStore runs, IOptions<SchedulerOptions> options, ILogger<SolveJob> logger)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan CancelPoll = TimeSpan.FromMilliseconds(300);

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(long runId, CancellationToken shutdown)
    {
        var instanceJson = await runs.StartAsync(runId, shutdown);
        if (instanceJson is null)
        {
            logger.LogInformation("Solve run {Run} is final or unknown; nothing to do", runId);
            return;
        }

        using var cancelled = new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancelled.Token, shutdown);
        var watcher = WatchCancelAsync(runId, cancelled, stop.Token);
        try
        {
            var instance = ContractJson.ReadInstance(instanceJson).Value
                           ?? throw new InvalidOperationException($"run {runId}: the stored instance does not read back");
            var settings = options.Value;
            var planner = AnnualPlanners.Create(PlannerKind.Optimized);
            var annual = planner.Plan(instance, new PlannerOptions
            {
                Planner = PlannerKind.Optimized,
                TimeLimit = TimeSpan.FromSeconds(settings.AnnualTimeLimitSeconds),
                Workers = settings.SolverWorkers,
            }, new RunProgress(runs, runId, ProgressStage.Annual, ProgressInterval), stop.Token);
            ThrowIfShuttingDown(shutdown, cancelled);

            IReadOnlyList<MonthlyPlanResult> months = [];
            if (!stop.IsCancellationRequested)
            {
                months = new MonthlyPlanner().PlanYear(instance, annual.Plan, new MonthlyPlannerOptions
                {
                    TimeLimit = TimeSpan.FromSeconds(settings.MonthTimeLimitSeconds),
                    Workers = settings.SolverWorkers,
                }, new RunProgress(runs, runId, ProgressStage.Monthly, ProgressInterval,
                    new SolveProgress("annual done", 1, annual.Figures.Visits, annual.Figures.Unassigned,
                        annual.PerEnterpriseBound ?? annual.Figures.LowerBound, annual.Elapsed)), stop.Token);
                ThrowIfShuttingDown(shutdown, cancelled);
            }

            var figures = JsonSerializer.Serialize(RunFigures.From(annual), ApiJsonContext.Default.RunFigures);
            var monthsJson = new JsonArray([.. months.Select(m => JsonNode.Parse(ContractJson.Write(m.Plan)))]);
            var state = cancelled.IsCancellationRequested ? SolveStates.Cancelled : SolveStates.Succeeded;
            var stored = await runs.CompleteAsync(runId, state, figures, ContractJson.Write(annual.Plan),
                monthsJson.ToJsonString(), null, CancellationToken.None);
            logger.LogInformation("Solve run {Run} {State} ({Stored})", runId, state, stored ? "stored" : "already final, not stored");
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested && !cancelled.IsCancellationRequested)
        {
            throw; // the server is stopping: Hangfire requeues the job and a server runs it again
        }
        catch (OperationCanceledException) when (cancelled.IsCancellationRequested)
        {
            await runs.CompleteAsync(runId, SolveStates.Cancelled, null, null, null, "cancelled before a plan was found", CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Solve run {Run} failed", runId);
            await runs.CompleteAsync(runId, SolveStates.Failed, null, null, null, e.Message, CancellationToken.None);
        }
        finally
        {
            await stop.CancelAsync();
            await watcher;
        }
    }

    private static void ThrowIfShuttingDown(CancellationToken shutdown, CancellationTokenSource cancelled)
    {
        if (shutdown.IsCancellationRequested && !cancelled.IsCancellationRequested) throw new OperationCanceledException(shutdown);
    }

    /// <summary>Polls the run's cancel flag until the solve ends; a request cancels <paramref name="cancelled"/>.</summary>
    private async Task WatchCancelAsync(long runId, CancellationTokenSource cancelled, CancellationToken end)
    {
        try
        {
            while (!end.IsCancellationRequested)
            {
                await Task.Delay(CancelPoll, end);
                if (await runs.IsCancelRequestedAsync(runId, end))
                {
                    await cancelled.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Npgsql.NpgsqlException e)
        {
            logger.LogWarning(e, "Solve run {Run}: cannot read the cancel flag", runId);
        }
    }
}

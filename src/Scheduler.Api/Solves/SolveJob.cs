using System.Text.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Microsoft.Extensions.Options;
using Scheduler.Api.Hosting;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Solves;

/// <summary>
/// Runs one solve: its only argument is the run id. Loads the run's instance and settings (seed, work, staff mode), plans
/// the year (progress written back) — by default the staffed year (<see cref="StaffedYearPlanner"/>: the annual plan fitted
/// to the officers, with its twelve months); with staff "ignore" the optimized annual plan, then its twelve months — and
/// stores plan, months and figures (the year's among them) in one statement. Re-entrant: a rerun of a
/// run already final does nothing, and the result is stored only by the first to finish. A cancel request (read from
/// the database, so it works from any server) stops the planners, which return their best plan; that plan is kept.
/// A server shutting down instead throws, so Hangfire requeues the job.
/// </summary>
public sealed class SolveJob(SolveRunStore runs, IOptions<SchedulerOptions> options, ILogger<SolveJob> logger)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan CancelPoll = TimeSpan.FromMilliseconds(300);

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
        var started = await runs.StartWithSettingsAsync(runId, shutdown);
        if (started is not var (instanceJson, run))
        {
            logger.LogInformation("Solve run {Run} is final or unknown; nothing to do", runId);
            return;
        }

        using var cancelled = new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancelled.Token, shutdown);
        var watcher = CancelWatch.RunAsync(t => runs.IsCancelRequestedAsync(runId, t), cancelled, CancelPoll, logger, $"Solve run {runId}", stop.Token);
        try
        {
            var instance = ContractJson.ReadInstance(instanceJson).Value
                           ?? throw new InvalidOperationException($"run {runId}: the stored instance does not read back");
            // The run's seed and work decide the plan; the time limits are only safety nets, the workers fixed by configuration.
            var annualOptions = RunOptions.Annual(options.Value, run);
            var monthOptions = RunOptions.Month(options.Value, run);

            PlanResult annual;
            IReadOnlyList<MonthlyPlanResult> months = [];
            StaffedYear? staffed = null;
            if (run.Staff == SolveSettings.Fit)
            {
                // The year the county's officers can carry out: annual plan fitted to their team-days, months planned, repeated.
                staffed = new StaffedYearPlanner().Plan(instance, annualOptions, monthOptions,
                    new RunProgress(runs, runId, ProgressStage.Annual, ProgressInterval), stop.Token);
                ThrowIfShuttingDown(shutdown, cancelled);
                annual = staffed.Annual;
                months = staffed.Months;
            }
            else
            {
                annual = AnnualPlanners.Create(PlannerKind.Optimized).Plan(instance, annualOptions,
                    new RunProgress(runs, runId, ProgressStage.Annual, ProgressInterval), stop.Token);
                ThrowIfShuttingDown(shutdown, cancelled);
                if (!stop.IsCancellationRequested)
                {
                    months = new MonthlyPlanner().PlanYear(instance, annual.Plan, monthOptions, new RunProgress(runs, runId, ProgressStage.Monthly, ProgressInterval,
                        new SolveProgress("annual done", 1, annual.Figures.Visits, annual.Figures.Unassigned,
                            annual.PerEnterpriseBound ?? annual.Figures.LowerBound, annual.Elapsed)), stop.Token);
                    ThrowIfShuttingDown(shutdown, cancelled);
                }
            }

            var figures = JsonSerializer.Serialize(RunFigures.From(annual, months, staffed, instance), ApiJsonContext.Default.RunFigures);
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
}

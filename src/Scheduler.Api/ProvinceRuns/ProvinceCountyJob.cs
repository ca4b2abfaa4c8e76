using Hangfire;
using Scheduler.Api.Solves;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.ProvinceRuns;

/// <summary>
/// One county of a province run, on the solves queue: under the county's scope it creates the county's solve run of the
/// year (<see cref="SolveStarter.CreateAsync"/>), attaches it to the county's row and runs it in this job, in-process,
/// through <see cref="SolveJob"/> (no second job, so a county never waits for a free worker while holding one). Then it
/// records the county's outcome and takes the closing step (<see cref="ProvinceRunStore.FinishCountyAsync"/>).
/// Re-entrant: a job re-delivered after its worker died finds the solve run already attached and runs that one again
/// (SolveJob stores its result once), never a second plan; a cancelled county, or an attempt a re-run superseded, does
/// nothing. A server shutting down throws, so Hangfire requeues the job.
/// </summary>
public sealed class ProvinceCountyJob(ProvinceRunStore provinceRuns, SolveStarter starter, SolveJob solveJob, SolveRunStore solves,
    ILogger<ProvinceCountyJob> logger)
{
    /// <summary>This process as the county rows name the worker that ran them: host and process id.</summary>
    public static string Worker { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Attempt <paramref name="attempt"/> of <paramref name="county"/> in province run <paramref name="provinceRunId"/>.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(long provinceRunId, string county, int attempt, CancellationToken shutdown)
    {
        using var scope = CountyScope.Use(county);
        if (await provinceRuns.BeginCountyAsync(provinceRunId, county, attempt, Worker, shutdown) is not { } row)
        {
            logger.LogInformation("Province run {Run}, county {County}, attempt {Attempt}: not queued or running; nothing to do", provinceRunId, county, attempt);
            return;
        }
        try
        {
            var solveRun = row.SolveRun;
            if (solveRun is null)
            {
                var year = (await provinceRuns.GetAsync(provinceRunId, shutdown))!.Year;
                var start = await starter.CreateAsync(year, $"province run {provinceRunId}", SolveSettings.DefaultSeed, SolveSettings.DefaultWork, shutdown);
                if (start.RunId is not { } created)
                {
                    await FinishAsync(provinceRunId, county, attempt, SolveStates.Failed, Refusal(county, year, start));
                    return;
                }
                solveRun = await provinceRuns.AttachSolveAsync(provinceRunId, county, attempt, created, shutdown);
                if (solveRun != created)
                {
                    // Cancelled meanwhile, or another delivery attached its run first: this one never runs.
                    await solves.CompleteAsync(created, SolveStates.Cancelled, null, null, null, "not needed by province run " + provinceRunId, CancellationToken.None);
                    if (solveRun is null) return;
                }
            }
            else
            {
                logger.LogInformation("Province run {Run}, county {County}: resuming solve run {Solve}", provinceRunId, county, solveRun);
            }

            await solveJob.RunAsync(solveRun.Value, shutdown);
            var solved = await solves.GetAsync(solveRun.Value, CancellationToken.None);
            var state = solved?.State == SolveStates.Succeeded ? SolveStates.Succeeded : SolveStates.Failed;
            var error = state == SolveStates.Succeeded ? null : solved?.Error ?? $"solve run {solveRun} ended {solved?.State ?? "unknown"}";
            await FinishAsync(provinceRunId, county, attempt, state, error);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            throw; // the server is stopping: Hangfire requeues the job, which resumes the attached solve run
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Province run {Run}, county {County} failed", provinceRunId, county);
            await FinishAsync(provinceRunId, county, attempt, SolveStates.Failed, e.Message);
        }
    }

    private async Task FinishAsync(long provinceRunId, string county, int attempt, string state, string? error)
    {
        var closed = await provinceRuns.FinishCountyAsync(provinceRunId, county, attempt, state, error, CancellationToken.None);
        logger.LogInformation("Province run {Run}, county {County}: {State}{Closed}", provinceRunId, county, state, closed ? "; the run is closed" : "");
    }

    /// <summary>Why the county's year could not be solved, in a sentence (no register, or the assembled instance's first problems).</summary>
    private static string Refusal(string county, int year, SolveStart start)
    {
        if (start.RegisterMissing) return $"county {county} has no register for {year}";
        var first = string.Join("; ", start.Errors.Take(3).Select(e => $"{e.Path}: {e.Message}"));
        return $"county {county}'s instance of {year} has {start.Errors.Count} problem(s): {first}";
    }
}

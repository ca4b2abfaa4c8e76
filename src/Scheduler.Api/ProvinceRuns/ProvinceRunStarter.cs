using Hangfire;
using Scheduler.Api.Hosting;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;

namespace Scheduler.Api.ProvinceRuns;

/// <summary>
/// Starts, cancels and re-runs province runs, the same for the API and the pages: the run and its county rows are stored
/// first, then one <see cref="ProvinceCountyJob"/> per county is enqueued on the solves queue (its arguments: the run, the
/// county and the attempt) and its job id recorded, so a cancel can delete the jobs still queued.
/// </summary>
public sealed class ProvinceRunStarter(ProvinceRunStore runs, CountyStore counties, SolveRunStore solves, IBackgroundJobClient jobs)
{
    /// <summary>A run of the year over <paramref name="codes"/> (every county when null or empty).</summary>
    public async Task<ProvinceRunStart> StartAsync(int year, IReadOnlyList<string>? codes, string who, CancellationToken cancellationToken)
    {
        var hosted = (await counties.ListAsync(cancellationToken)).Select(c => c.Code).ToList();
        IReadOnlyList<string> chosen = hosted;
        if (codes is { Count: > 0 })
        {
            var known = hosted.ToHashSet(StringComparer.Ordinal);
            var errors = codes.Select((code, i) => (code, i)).Where(c => !known.Contains(c.code))
                .Select(c => new InputError($"$.counties[{c.i}]", $"the platform hosts no county '{c.code}'")).ToList();
            if (errors.Count > 0) return ProvinceRunStart.Invalid(errors);
            chosen = [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
        if (await runs.CreateAsync(year, chosen, who, cancellationToken) is not { } id) return ProvinceRunStart.Running();
        foreach (var code in chosen) await EnqueueAsync(id, code, 1, cancellationToken);
        return ProvinceRunStart.Started(id);
    }

    /// <summary>
    /// Cancels every county still queued or running: queued jobs are deleted from Hangfire, running solves are asked to stop
    /// (they keep their best plan as cancelled). False when there is no such run.
    /// </summary>
    public async Task<bool> CancelAsync(long id, string who, CancellationToken cancellationToken)
    {
        if (await runs.CancelAsync(id, who, cancellationToken) is not { } stopped) return false;
        foreach (var county in stopped)
        {
            if (county.JobId is { } job && county.PreviousState == SolveStates.Queued) jobs.Delete(job);
            if (county.SolveRun is { } solve)
            {
                using (CountyScope.Use(county.Code)) await solves.RequestCancelAsync(solve, who, cancellationToken);
            }
        }
        return true;
    }

    /// <summary>Queues the run's failed counties again (attempt + 1); null when there is no such run.</summary>
    public async Task<ProvinceRerun?> RerunFailedAsync(long id, string who, CancellationToken cancellationToken)
    {
        var rerun = await runs.RerunFailedAsync(id, who, cancellationToken);
        if (rerun is null || rerun.Conflict) return rerun;
        foreach (var county in rerun.Requeued) await EnqueueAsync(id, county.Code, county.Attempt, cancellationToken);
        return rerun;
    }

    private async Task EnqueueAsync(long id, string county, int attempt, CancellationToken cancellationToken)
    {
        var jobId = jobs.Enqueue<ProvinceCountyJob>(JobQueues.Solves, job => job.RunAsync(id, county, attempt, CancellationToken.None));
        await runs.SetJobAsync(id, county, attempt, jobId, cancellationToken);
    }
}

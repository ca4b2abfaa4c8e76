using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.ProvinceRuns;

/// <summary>
/// A county job that Hangfire gives up on (its retries spent, e.g. the database away for longer than they last) still
/// finishes its county: failed, with the exception's message, and the closing step taken, so the province run closes and
/// "re-run failed" can take the county up. Without it the county stayed "running" and its run never closed. Hangfire
/// applies the failed state only after <see cref="Hangfire.AutomaticRetryAttribute"/> has stopped rescheduling; that
/// state is written to the same database, so the store answers when this runs. A server filter of this host's job
/// servers (<see cref="Hosting.JobServers"/>), not a global one: two hosts in one process keep their own stores.
/// </summary>
public sealed class ProvinceCountyFailure(ProvinceRunStore runs, ILogger<ProvinceCountyFailure> logger) : JobFilterAttribute, IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.NewState is not FailedState failed || context.BackgroundJob?.Job is not { } job || job.Type != typeof(ProvinceCountyJob)) return;
        if (job.Args is not [long run, string county, int attempt, ..]) return;
        var message = $"the county's job failed after its retries: {failed.Exception?.Message ?? failed.Reason ?? "unknown error"}";
        try
        {
            var closed = runs.FinishCountyAsync(run, county, attempt, SolveStates.Failed, message, CancellationToken.None).GetAwaiter().GetResult();
            logger.LogWarning("Province run {Run}, county {County}: {Message}{Closed}", run, county, message, closed ? "; the run is closed" : "");
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogError(e, "Province run {Run}, county {County}: the failed job could not be recorded", run, county);
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}

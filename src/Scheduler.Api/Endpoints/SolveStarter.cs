using Hangfire;
using Scheduler.Api.Jobs;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Endpoints;

/// <summary>
/// Starts a solve of a year, the same way for POST /api/years/{year}/solves and the office's solve page: assembles the
/// year's instance (register + latest needs), validates it, snapshots it into a new queued run and enqueues its job
/// (whose only argument is the run id).
/// </summary>
public sealed class SolveStarter(InstanceAssembler assembler, SolveRunStore runs, IBackgroundJobClient jobs)
{
    public async Task<SolveStart> StartAsync(int year, string who, CancellationToken cancellationToken)
    {
        var instance = await assembler.AssembleAsync(year, cancellationToken);
        if (instance is null) return SolveStart.NoRegister();
        var errors = InstanceValidator.Validate(instance);
        if (errors.Count > 0) return SolveStart.Invalid(errors, instance);

        var id = await runs.CreateAsync(year, ContractJson.Write(instance), who, cancellationToken);
        var jobId = jobs.Enqueue<SolveJob>(job => job.RunAsync(id, CancellationToken.None));
        await runs.SetJobIdAsync(id, jobId, cancellationToken);
        return SolveStart.Started(id);
    }
}

using Hangfire;
using Microsoft.Extensions.Options;
using Scheduler.Api.Hosting;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Solves;

/// <summary>
/// Starts a solve of a year, the same way for POST /api/years/{year}/solves and the office's solve page: assembles the
/// year's instance (register + latest needs), validates it, snapshots it into a new queued run and enqueues its job
/// (whose only argument is the run id).
/// </summary>
public sealed class SolveStarter(InstanceAssembler assembler, SolveRunStore runs, IBackgroundJobClient jobs, IOptions<SchedulerOptions> options,
    DrawStore draws, RegisterStore registers)
{
    /// <summary>A run with the default seed and work and the configured staff mode (Scheduler:Staff).</summary>
    public Task<SolveStart> StartAsync(int year, string who, CancellationToken cancellationToken) =>
        StartAsync(year, who, SolveSettings.DefaultSeed, SolveSettings.DefaultWork, cancellationToken);

    /// <summary>A run with <paramref name="seed"/> and <paramref name="work"/> (validated by the caller) and the configured staff mode.</summary>
    public async Task<SolveStart> StartAsync(int year, string who, int seed, double work, CancellationToken cancellationToken)
    {
        var start = await CreateAsync(year, who, seed, work, cancellationToken);
        if (start.RunId is { } id) await EnqueueAsync(id, cancellationToken);
        return start;
    }

    /// <summary>
    /// As <see cref="StartAsync(int, string, int, double, CancellationToken)"/> for the county in scope, without enqueueing a
    /// job: the queued run for a caller that runs it itself (a province run's county job runs it in-process).
    /// </summary>
    public async Task<SolveStart> CreateAsync(int year, string who, int seed, double work, CancellationToken cancellationToken)
    {
        var instance = await assembler.AssembleAsync(year, cancellationToken);
        if (instance is null) return SolveStart.NoRegister();
        var errors = InstanceValidator.Validate(instance);
        if (errors.Count > 0) return SolveStart.Invalid(errors, instance);

        var id = await runs.CreateAsync(year, ContractJson.Write(instance), new SolveSettings(seed, work, options.Value.Staff), who, cancellationToken);
        return SolveStart.Started(id);
    }

    /// <summary>
    /// A run planning published draw <paramref name="drawId"/>'s instance (docs/draws.md §6): the register version it drew
    /// from with its drawn needs, replayed from the stored draw, so the plan's visits trace back to the draw. With
    /// <paramref name="withNeeds"/> the departments' latest submitted needs (checks they name themselves: triggered,
    /// campaigns) are planned together with the drawn ones, each under its own id; a need the drawn register version
    /// cannot hold (an enterprise it lacks, an id a drawn need has) is refused by the validator, naming its path.
    /// </summary>
    public async Task<SolveStart> StartFromDrawAsync(int year, long drawId, string who, int seed, double work, CancellationToken cancellationToken,
        bool withNeeds = false)
    {
        var draw = await draws.GetAsync(drawId, cancellationToken);
        if (draw is null || draw.Year != year) return SolveStart.Invalid([new InputError("draw", $"there is no draw {drawId} in {year}")]);
        if (!draw.Published)
            return SolveStart.Invalid([new InputError("draw", $"draw {drawId} (version {draw.Version} of {year}) is not published; publish it (公示) before planning from it")]);
        if (await Draws.DrawReplay.OutcomeAsync(draw, registers, cancellationToken) is not { } outcome)
            return SolveStart.Invalid([new InputError("draw", $"register version {draw.RegisterVersion} of {year}, which draw {drawId} drew from, is gone")]);
        var instance = outcome.Instance;
        if (withNeeds) instance = instance with { Needs = [.. instance.Needs, .. await assembler.NeedsAsync(year, cancellationToken)] };
        var errors = InstanceValidator.Validate(instance);
        if (errors.Count > 0) return SolveStart.Invalid(errors, instance);

        var id = await runs.CreateAsync(year, ContractJson.Write(instance), new SolveSettings(seed, work, options.Value.Staff), drawId, who, cancellationToken);
        await EnqueueAsync(id, cancellationToken);
        return SolveStart.Started(id);
    }

    /// <summary>A new run over run <paramref name="id"/>'s instance snapshot, seed, work and staff mode; null when there is no such run.</summary>
    public async Task<long?> RerunAsync(long id, string who, CancellationToken cancellationToken)
    {
        if (await runs.RerunAsync(id, who, cancellationToken) is not { } newId) return null;
        await EnqueueAsync(newId, cancellationToken);
        return newId;
    }

    private async Task EnqueueAsync(long id, CancellationToken cancellationToken)
    {
        var county = CountyScope.Current;
        var jobId = jobs.Enqueue<SolveJob>(JobQueues.Solves, job => job.RunAsync(county, id, CancellationToken.None));
        await runs.SetJobIdAsync(id, jobId, cancellationToken);
    }
}

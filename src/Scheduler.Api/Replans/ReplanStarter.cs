using Hangfire;
using Microsoft.Extensions.Options;
using Scheduler.Api.Hosting;
using Scheduler.Api.Plans;
using Scheduler.Api.Records;
using Scheduler.Api.Shared;
using Scheduler.Api.Solves;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;
using Scheduler.Domain.Records;
using Scheduler.Domain.Validation;
using Scheduler.Solver.Replanning;

namespace Scheduler.Api.Replans;

/// <summary>
/// Starts a replan of a run (docs/replanning.md): the changed year assembled from the current register and every
/// department's latest needs (as <see cref="SolveStarter"/> does), the run's plan and its current records; everything the
/// Replanner would refuse is answered here with the field at fault and nothing stored. Otherwise a new queued run that
/// replaces the old one, and its job (<see cref="ReplanJob"/>).
/// </summary>
public sealed class ReplanStarter(InstanceAssembler assembler, RunCache cache, RunRecords records, ReplanRunStore replans,
    SolveRunStore runs, IBackgroundJobClient jobs, IOptions<SchedulerOptions> options)
{
    public async Task<Outcome<long?>> StartAsync(long id, ReplanRequest request, string who, CancellationToken cancellationToken)
    {
        var bad = new List<InputError>();
        if (request.From is not (>= 1 and <= 12))
            bad.Add(new InputError("from", request.From is null ? "from is required: the first month not yet history, 1-12" : $"from must be 1-12, not {request.From}"));
        if (request.Seed is < 0) bad.Add(new InputError("seed", $"seed must be a whole number ≥ 0, not {request.Seed}"));
        if (bad.Count > 0) return Outcome<long?>.Invalid(bad);
        int from = request.From!.Value;

        if (await cache.GetAsync(id, cancellationToken) is not { } run)
        {
            var stored = await runs.GetAsync(id, cancellationToken);
            return Outcome<long?>.NotFound(stored is null ? $"no solve run {id}" : $"solve run {id} is {stored.State} and has no plan to replan");
        }
        var year = run.Plan.Year;
        if (await assembler.AssembleAsync(year, cancellationToken) is not { } changed) return Outcome<long?>.NotFound($"no register for {year}");
        var invalid = InstanceValidator.Validate(changed);
        if (invalid.Count > 0) return Outcome<long?>.Invalid(invalid);

        var current = await records.CurrentAsync(run, cancellationToken);
        if (current.ThroughMonth >= from)
            return Outcome<long?>.Invalid([new InputError("from", $"the records of run {id} run through month {current.ThroughMonth}: a replan starts after the last recorded month, from month {current.ThroughMonth + 1} or later, not {from}")]);
        RecordSet? used = current.Records.Count == 0 ? null : current;
        var problems = Replanner.Check(changed, run.Plan, from, used);
        if (problems.Count > 0) return Outcome<long?>.Invalid(problems);

        // The replan keeps the staff mode of the plan it replaces (a staffed plan is replanned staffed), else the configured one.
        var staff = (await runs.GetAsync(id, cancellationToken))?.Settings.Staff ?? options.Value.Staff;
        var settings = new SolveSettings(request.Seed ?? SolveSettings.DefaultSeed, SolveSettings.DefaultWork, staff);
        var newId = await replans.CreateAsync(year, ContractJson.Write(changed), settings, new ReplanInputs(id, from, RecordJson.Write(current)), who, cancellationToken);
        var county = CountyScope.Current;
        var jobId = jobs.Enqueue<ReplanJob>(JobQueues.OfReplan(staff), job => job.RunAsync(county, newId, CancellationToken.None));
        await runs.SetJobIdAsync(newId, jobId, cancellationToken);
        return Outcome<long?>.Of(newId);
    }
}

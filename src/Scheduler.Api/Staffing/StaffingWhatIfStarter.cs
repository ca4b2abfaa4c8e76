using System.Text.Json;
using Hangfire;
using Scheduler.Api.Hosting;
using Scheduler.Api.Plans;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Staffing;

/// <summary>
/// Starts a staffing what-if of a run (`scheduler staffing` in the service): the run must be a staffed year with its
/// months; the changes (officers or a weekday, <see cref="StaffingChange"/>) are read and checked against the run's
/// instance (each problem names additions[i]), or suggested: a second joint weekday and teams from the run's departments; a goal
/// (percent, 0-100) is checked and stored with them. Stored queued, at most one queued or running in the county, and its job
/// (<see cref="StaffingWhatIfJob"/>) enqueued with the solves.
/// </summary>
public sealed class StaffingWhatIfStarter(SolveRunStore runs, RunCache cache, StaffingWhatIfStore whatIfs, IBackgroundJobClient jobs)
{
    /// <summary>Teams of officers suggested when no change is given (a second joint weekday comes besides them).</summary>
    public const int DefaultSuggest = 3;

    public async Task<Outcome<long?>> StartAsync(long id, StaffingWhatIfRequest request, string who, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        var given = request.Additions ?? [];
        if (given.Count > OfficerAdditions.MaxAdditions)
            errors.Add(new InputError("additions", $"{given.Count} additions: at most {OfficerAdditions.MaxAdditions} staffs are compared at once (each plans a whole year)"));
        if (request.Suggest is { } s && (s < 1 || s > OfficerAdditions.MaxAdditions))
            errors.Add(new InputError("suggest", $"suggest must be 1-{OfficerAdditions.MaxAdditions}, not {s}"));
        if (request.Suggest is not null && given.Count > 0)
            errors.Add(new InputError("suggest", "give additions or ask for suggestions, not both"));
        if (request.Goal is { } goal && StaffingGoal.OfPercent(goal, out var goalError) is null)
            errors.Add(new InputError("goal", goalError!));
        if (errors.Count > 0) return Outcome<long?>.Invalid(errors);

        var run = await runs.GetAsync(id, cancellationToken);
        if (run is null) return Outcome<long?>.NotFound($"no solve run {id}");
        if (await cache.GetAsync(run, cancellationToken) is not { } cached) return Outcome<long?>.NotFound($"solve run {id} is {run.State} and has no plan");
        var figures = run.FiguresJson is null ? null : JsonSerializer.Deserialize(run.FiguresJson, ApiJsonContext.Default.RunFigures);
        if (run.Settings.Staff != SolveSettings.Fit || figures?.Unscheduled is null || run.Replaces is not null)
            return Outcome<long?>.Invalid([new InputError("id", $"solve run {id} is not a staffed year with its twelve months (a solve fitted to the officers, not a replan): what more officers buy is measured against one")]);

        var suggested = given.Count == 0;
        var changes = new List<StaffingChange>();
        if (suggested)
        {
            changes = [.. StaffingChange.Suggest(cached.Instance, figures.Departments ?? [], request.Suggest ?? DefaultSuggest)];
            if (changes.Count == 0)
                return Outcome<long?>.Invalid([new InputError("additions", $"nothing to suggest: no department of run {id} lost checks from joint visits and the county has more than one joint weekday; name the officers or the weekday to add")]);
        }
        // Every change read and checked against the run's county, each problem under its own index.
        for (var k = 0; k < given.Count; k++)
        {
            if (StaffingChange.Parse(given[k], out var error) is not { } change)
            {
                errors.Add(new InputError($"additions[{k}]", error!));
                continue;
            }
            foreach (var problem in StaffingChange.ProblemsOf(cached.Instance, change, k + 1))
                errors.Add(new InputError($"additions[{k}]", problem));
            changes.Add(change);
        }
        if (errors.Count > 0) return Outcome<long?>.Invalid(errors);

        var written = changes.Select(a => a.ToString()).ToList();
        if (await whatIfs.CreateAsync(id, written, suggested, who, cancellationToken, request.Goal) is not { } whatIf)
            return Outcome<long?>.Refused("another staffing what-if is queued or running in this county: wait for it, or cancel it");
        var county = CountyScope.Current;
        var jobId = jobs.Enqueue<StaffingWhatIfJob>(JobQueues.Solves, job => job.RunAsync(county, whatIf, CancellationToken.None));
        await whatIfs.SetJobIdAsync(whatIf, jobId, cancellationToken);
        return Outcome<long?>.Of(whatIf);
    }
}

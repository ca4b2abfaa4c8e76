using Scheduler.Api.Plans;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Records;

namespace Scheduler.Api.Records;

/// <summary>
/// A run's records, shared by the API, the department page and the replan: reads the versions and merges them
/// (<see cref="RecordMerge"/>); checks an upload (department part, <see cref="RecordValidator"/>) and stores it as the next version.
/// </summary>
public sealed class RunRecords(RecordStore store)
{
    /// <summary>The run's current records (every version merged), all of them.</summary>
    public async Task<RecordSet> CurrentAsync(CachedRun run, CancellationToken cancellationToken)
    {
        var versions = await store.ListAsync(run.Id, cancellationToken);
        return RecordMerge.Merge(run.Plan, versions.Select(v => RecordJson.Read(v.RecordsJson).Value).OfType<RecordSet>());
    }

    /// <summary>How many versions the run's records have.</summary>
    public async Task<int> VersionsAsync(long run, CancellationToken cancellationToken) => (await store.ListAsync(run, cancellationToken)).Count;

    /// <summary>The ids of the visits that hold a task of <paramref name="department"/>'s needs.</summary>
    public static IReadOnlySet<string> VisitsOf(CachedRun run, string department) =>
        DepartmentPlanView.Annual(run.Plan, run.Instance, department).Visits.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Checks and stores an upload: <see cref="RecordUpload.Forbidden"/> naming each record of a visit that holds none of the
    /// department's tasks, <see cref="RecordUpload.Invalid"/> with every problem's JSON path, else the stored version.
    /// </summary>
    public async Task<RecordUpload> SubmitAsync(CachedRun run, RecordSet set, string? department, string who, CancellationToken cancellationToken)
    {
        if (department is not null)
        {
            var own = VisitsOf(run, department);
            var plan = run.Plan.Visits.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
            var foreign = set.Records.Select((r, i) => (r, i))
                .Where(x => x.r is not null && plan.Contains(x.r.Visit) && !own.Contains(x.r.Visit))
                .Select(x => new InputError($"$.records[{x.i}].visit", $"visit {x.r.Visit} holds no task of {department}'s needs")).ToList();
            if (foreign.Count > 0) return RecordUpload.Forbidden(foreign);
        }
        var errors = RecordValidator.Validate(set, run.Plan, run.Instance);
        if (errors.Count > 0) return RecordUpload.Invalid(errors);
        var version = await store.AddAsync(run.Id, department, RecordJson.Write(set), set.Records.Count, who, cancellationToken);
        return RecordUpload.Saved(new RecordsSaved(run.Id, version, set.Records.Count, set.ThroughMonth));
    }
}

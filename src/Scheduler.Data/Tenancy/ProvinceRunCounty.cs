namespace Scheduler.Data.Tenancy;

/// <summary>
/// One county of a province run: its state (queued, running, succeeded, failed, cancelled), which attempt (1, then +1
/// per re-run of a failed county), the county's solve run once its job created one, the Hangfire job, the error of a
/// failed attempt, when the job started and finished, and the worker it ran on ("host:pid").
/// </summary>
public sealed record ProvinceRunCounty(
    string Code,
    string State,
    int Attempt,
    long? SolveRun,
    string? JobId,
    string? Error,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Worker);

namespace Scheduler.Data.Tenancy;

/// <summary>
/// A province run: one solve of the year per county (<see cref="Counties"/>), in the states of
/// <see cref="Stores.SolveStates"/> (a run is running until its closing step; never queued). <see cref="Summary"/> is
/// written once, by the closing step, when the last county finished (or by a cancel).
/// </summary>
public sealed record ProvinceRun(
    long Id,
    int Year,
    string State,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string? CancelledBy,
    DateTimeOffset? CancelledAt,
    ProvinceRunSummary? Summary,
    IReadOnlyList<ProvinceRunCounty> Counties);

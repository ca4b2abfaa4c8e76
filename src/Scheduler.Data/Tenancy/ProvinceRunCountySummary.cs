using System.Text.Json;

namespace Scheduler.Data.Tenancy;

/// <summary>
/// A county in a province run's summary: its final state and solve run, the headline figures read from that run's
/// stored figures (null when the run stored none: failed, cancelled), the stored figures themselves, and the error.
/// <see cref="SeparateVisits"/> is the status quo (each department planning alone).
/// </summary>
public sealed record ProvinceRunCountySummary(
    string Code,
    string State,
    int Attempt,
    long? SolveRun,
    int? Visits,
    int? Unassigned,
    int? Unscheduled,
    int? SeparateVisits,
    int? Saved,
    double? JointRate,
    string? Error,
    JsonElement? Figures);

using System.Text.Json.Serialization;

namespace Scheduler.Data.Audit;

/// <summary>
/// "solve requested": the new run and its year; <paramref name="RerunOf"/> the run it re-runs (absent for a new solve),
/// <paramref name="Draw"/> the published draw whose instance it plans (absent for the departments' needs).
/// </summary>
internal sealed record SolveRequestedDetail(long Run, int Year,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? RerunOf = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Draw = null) : AuditDetail;

using System.Text.Json.Serialization;

namespace Scheduler.Data.Audit;

/// <summary>"solve requested": the new run and its year; <paramref name="RerunOf"/> the run it re-runs (absent for a new solve).</summary>
internal sealed record SolveRequestedDetail(long Run, int Year,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? RerunOf = null) : AuditDetail;

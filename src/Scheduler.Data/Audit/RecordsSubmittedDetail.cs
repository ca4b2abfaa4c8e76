using System.Text.Json.Serialization;

namespace Scheduler.Data.Audit;

/// <summary>"records submitted": the run's new records version and its record count; the department that sent it (absent for the office).</summary>
internal sealed record RecordsSubmittedDetail(long Run, int Version, int Records,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Department) : AuditDetail;

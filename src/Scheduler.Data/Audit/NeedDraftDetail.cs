using System.Text.Json.Serialization;

namespace Scheduler.Data.Audit;

/// <summary>
/// A change of a department's needs draft ("needs draft row added", "needs draft submitted", "needs upload discarded", ...):
/// the draft's rows after it, and what it concerned when it concerned one thing: the need, the submitted version, the upload.
/// </summary>
internal sealed record NeedDraftDetail(int Year, string Department, int Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Need = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Upload = null) : AuditDetail;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scheduler.Data.Audit;

/// <summary>The audit details, source-generated with camelCase keys.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RegisterSavedDetail))]
[JsonSerializable(typeof(NeedsSubmittedDetail))]
[JsonSerializable(typeof(RulesSubmittedDetail))]
[JsonSerializable(typeof(SolveRequestedDetail))]
[JsonSerializable(typeof(RunDetail))]
[JsonSerializable(typeof(SolveStoredDetail))]
[JsonSerializable(typeof(RecordsSubmittedDetail))]
[JsonSerializable(typeof(ReplanRequestedDetail))]
[JsonSerializable(typeof(TokenSeededDetail))]
[JsonSerializable(typeof(TokenDetail))]
[JsonSerializable(typeof(DrawStoredDetail))]
[JsonSerializable(typeof(DrawPublishedDetail))]
[JsonSerializable(typeof(NeedDraftDetail))]
[JsonSerializable(typeof(NeedsFileDetail))]
[JsonSerializable(typeof(RulesFileDetail))]
[JsonSerializable(typeof(CountyCreatedDetail))]
[JsonSerializable(typeof(TargetsSetDetail))]
[JsonSerializable(typeof(ProvinceRunDetail))]
[JsonSerializable(typeof(ProvinceRunClosedDetail))]
[JsonSerializable(typeof(StaffingWhatIfDetail))]
internal sealed partial class AuditJson : JsonSerializerContext
{
    /// <summary>The detail as JSON, serialised by its runtime type (every detail record is listed above).</summary>
    public static string Write(AuditDetail detail) => JsonSerializer.Serialize(detail, detail.GetType(), Default);
}

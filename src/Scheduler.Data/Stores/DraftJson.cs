using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scheduler.Data.Stores;

/// <summary>Draft rows as stored in need_drafts.rows (camelCase JSON, source-generated).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<NeedDraftRow>))]
internal sealed partial class DraftJson : JsonSerializerContext
{
    public static string Write(IReadOnlyList<NeedDraftRow> rows) => JsonSerializer.Serialize(rows.ToList(), Default.ListNeedDraftRow);

    public static IReadOnlyList<NeedDraftRow> Read(string json) => JsonSerializer.Deserialize(json, Default.ListNeedDraftRow) ?? [];
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scheduler.Data.Stores;

/// <summary>A staffing what-if's additions as stored in staffing_whatifs.additions (a JSON array of strings, source-generated).</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class StaffingWhatIfJson : JsonSerializerContext
{
    public static string Write(IReadOnlyList<string> additions) => JsonSerializer.Serialize(additions.ToArray(), Default.StringArray);

    public static IReadOnlyList<string> Read(string json) => JsonSerializer.Deserialize(json, Default.StringArray) ?? [];
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scheduler.Data.Tenancy;

/// <summary>A province run's summary as stored (jsonb), source-generated with the web's camelCase keys.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProvinceRunSummary))]
internal sealed partial class ProvinceRunJson : JsonSerializerContext;

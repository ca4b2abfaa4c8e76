using System.Text.Json.Serialization;

namespace Scheduler.Domain.Records;

/// <summary>Source-generated metadata for records.json, with the contract's settings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(RecordSet))]
public sealed partial class RecordJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace Scheduler.Domain.Draws;

/// <summary>Source-generated metadata for the draw files (rules.json, draw.json), with the contract's settings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(RuleSet))]
[JsonSerializable(typeof(DrawRecord))]
[JsonSerializable(typeof(DrawFigures))]
public sealed partial class DrawJsonContext : JsonSerializerContext;

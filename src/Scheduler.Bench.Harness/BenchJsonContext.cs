using System.Text.Json.Serialization;

namespace Scheduler.Bench.Harness;

/// <summary>The source-generated JSON of results.json: camelCase, indented, numbers through <see cref="RoundedNumberConverter"/>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(RoundedNumberConverter)])]
[JsonSerializable(typeof(BenchRun))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace Scheduler.Cli.Reporting.Json;

/// <summary>The source-generated JSON the command line prints: camelCase, indented, non-finite numbers as null.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(FiniteNumberConverter)])]
[JsonSerializable(typeof(SummaryDocument))]
[JsonSerializable(typeof(ReplanDocument))]
[JsonSerializable(typeof(WhatIfDocument))]
[JsonSerializable(typeof(StaffingDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

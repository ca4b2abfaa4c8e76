using System.Text.Json.Serialization;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Json;

/// <summary>Source-generated System.Text.Json metadata for every file of the contract (camelCase).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Instance))]
[JsonSerializable(typeof(AnnualPlan))]
[JsonSerializable(typeof(MonthlyPlan))]
[JsonSerializable(typeof(PlanFigures))]
[JsonSerializable(typeof(IReadOnlyList<Need>))]
public sealed partial class SchedulerJsonContext : JsonSerializerContext;

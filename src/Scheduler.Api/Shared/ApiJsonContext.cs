using System.Text.Json;
using System.Text.Json.Serialization;
using Scheduler.Api.Solves;

namespace Scheduler.Api.Shared;

/// <summary>Source-generated JSON of what the service stores as JSON besides the contract's files: a run's progress and figures, a staffing what-if's rows.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(RunProgressReport))]
[JsonSerializable(typeof(RunFigures))]
[JsonSerializable(typeof(List<Scheduler.Solver.Staffing.StaffingRow>))]
public sealed partial class ApiJsonContext : JsonSerializerContext;

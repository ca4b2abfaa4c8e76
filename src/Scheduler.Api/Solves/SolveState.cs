using System.Text.Json.Serialization;

namespace Scheduler.Api.Solves;

/// <summary>A solve run's state (the stored names of <see cref="Scheduler.Data.Stores.SolveStates"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SolveState>))]
public enum SolveState
{
    [JsonStringEnumMemberName("queued")] Queued,
    [JsonStringEnumMemberName("running")] Running,
    [JsonStringEnumMemberName("succeeded")] Succeeded,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}

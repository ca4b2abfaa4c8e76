using System.Text.Json.Serialization;

namespace Scheduler.Api.Solves;

/// <summary>Which stage of a solve a progress report is from: the annual plan, then the twelve months.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressStage>))]
public enum ProgressStage
{
    [JsonStringEnumMemberName("annual")] Annual,
    [JsonStringEnumMemberName("monthly")] Monthly,
}

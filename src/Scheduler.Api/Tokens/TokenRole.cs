using System.Text.Json.Serialization;

namespace Scheduler.Api.Tokens;

/// <summary>Whose token it is: the county office's, or one department's.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TokenRole>))]
public enum TokenRole
{
    [JsonStringEnumMemberName("office")] Office,
    [JsonStringEnumMemberName("department")] Department,
}

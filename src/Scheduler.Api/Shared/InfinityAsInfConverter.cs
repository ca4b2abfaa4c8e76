using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scheduler.Api.Shared;

/// <summary>A number that may be +∞, written as the string "inf" (as the contract's figures and validate_plan.py write it).</summary>
public sealed class InfinityAsInfConverter : JsonConverter<double>
{
    public const string Inf = "inf";

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(Inf) ? double.PositiveInfinity : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsPositiveInfinity(value)) writer.WriteStringValue(Inf);
        else writer.WriteNumberValue(value);
    }
}

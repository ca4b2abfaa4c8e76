using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scheduler.Bench.Harness;

/// <summary>Numbers of results.json: rounded to six decimals; a non-finite one (a gap over a zero bound) is null.</summary>
internal sealed class RoundedNumberConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(Math.Round(value, 6));
        else writer.WriteNullValue();
    }
}

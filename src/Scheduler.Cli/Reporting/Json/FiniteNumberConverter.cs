using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scheduler.Cli.Reporting.Json;

/// <summary>A number of `plan --json`; a non-finite one (a ratio over zero) is null, as JSON has no NaN or infinity.</summary>
internal sealed class FiniteNumberConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }
}

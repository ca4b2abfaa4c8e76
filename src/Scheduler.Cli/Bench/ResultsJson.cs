using System.Text;
using System.Text.Json;

namespace Scheduler.Cli.Bench;

/// <summary>results.json: the settings, then one row per planner and instance. Non-finite numbers become null.</summary>
internal static class ResultsJson
{
    public static string Write(BenchRun run)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("started", run.Started);
            json.WriteNumber("timeLimitSeconds", run.TimeLimitSeconds);
            json.WriteNumber("workers", run.Workers);
            json.WriteNumber("processors", run.Processors);
            json.WriteString("machine", run.Machine);
            json.WriteStartArray("planners");
            foreach (var p in run.Planners) json.WriteStringValue(p);
            json.WriteEndArray();
            json.WriteStartArray("instances");
            foreach (var c in run.Cases)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Name);
                json.WriteString("source", c.Source);
                json.WriteNumber("enterprises", c.Enterprises);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in run.Rows) WriteRow(json, row);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRow(Utf8JsonWriter json, BenchRow r)
    {
        json.WriteStartObject();
        json.WriteString("planner", r.Planner);
        json.WriteString("instance", r.Instance);
        json.WriteNumber("enterprises", r.Enterprises);
        json.WriteNumber("occurrences", r.Occurrences);
        json.WriteNumber("visits", r.Visits);
        json.WriteNumber("unassigned", r.Unassigned);
        json.WriteNumber("lowerBound", r.LowerBound);
        Number(json, "gap", r.Gap);
        Number(json, "ownBound", r.OwnBound);
        Number(json, "ownBoundGap", r.OwnBoundGap);
        json.WriteNumber("separateVisits", r.SeparateVisits);
        json.WriteNumber("saved", r.Saved);
        Number(json, "jointRate", r.JointRate);
        Number(json, "peakLoad", r.PeakLoad);
        Number(json, "wallSeconds", r.WallSeconds);
        Number(json, "secondsToFinal", r.SecondsToFinal);
        Number(json, "peakMemoryMb", r.PeakMemoryMb);
        Number(json, "processPeakMb", r.ProcessPeakMb);
        Number(json, "allocatedMb", r.AllocatedMb);
        json.WriteString("status", r.Status);
        json.WriteNumber("violations", r.Violations);
        json.WriteStartObject("reaches");
        foreach (var (planner, seconds) in r.Reaches) Number(json, planner, seconds);
        json.WriteEndObject();
        json.WriteStartArray("samples");
        foreach (var s in r.Samples)
        {
            json.WriteStartObject();
            Number(json, "seconds", s.Seconds);
            json.WriteNumber("visits", s.Visits);
            json.WriteNumber("unassigned", s.Unassigned);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) json.WriteNumber(name, Math.Round(v, 6));
        else json.WriteNull(name);
    }
}

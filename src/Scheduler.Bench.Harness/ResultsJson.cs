using System.Text.Json;

namespace Scheduler.Bench.Harness;

/// <summary>results.json: the settings, then one row per planner and instance (<see cref="BenchRun"/>, <see cref="BenchRow"/>).</summary>
internal static class ResultsJson
{
    public static string Write(BenchRun run) => JsonSerializer.Serialize(run, BenchJsonContext.Default.BenchRun);
}

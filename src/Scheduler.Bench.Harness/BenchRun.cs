using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace Scheduler.Bench.Harness;

/// <summary>A whole bench: its settings, the machine and every row, what the three reports are written from (results.json in this order).</summary>
public sealed record BenchRun
{
    public required DateTimeOffset Started { get; init; }

    public required double TimeLimitSeconds { get; init; }

    public required int Workers { get; init; }

    public int Processors { get; init; } = Environment.ProcessorCount;

    /// <summary>The machine in words, for the report's header.</summary>
    public string Machine => $"{Processors} processors, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    public required IReadOnlyList<string> Planners { get; init; }

    [JsonPropertyName("instances")]
    public required IReadOnlyList<BenchCase> Cases { get; init; }

    public required IReadOnlyList<BenchRow> Rows { get; init; }

    /// <summary>The staffed year on each instance, when the bench was asked for it (<c>--year</c>).</summary>
    public IReadOnlyList<YearRow> Years { get; init; } = [];

    public IEnumerable<BenchRow> RowsOf(BenchCase bench) => Rows.Where(r => r.Instance == bench.Name);

    /// <summary>The per-enterprise bound proven on an instance (the largest any planner proved), if any.</summary>
    public int? OwnBoundOf(BenchCase bench) => RowsOf(bench).Max(r => r.OwnBound);
}

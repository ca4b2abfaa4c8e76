namespace Scheduler.Cli.Bench;

/// <summary>A whole bench: its settings, the machine and every row, what the three reports are written from.</summary>
internal sealed record BenchRun(
    IReadOnlyList<BenchCase> Cases,
    IReadOnlyList<string> Planners,
    double TimeLimitSeconds,
    int Workers,
    DateTimeOffset Started,
    IReadOnlyList<BenchRow> Rows)
{
    public int Processors { get; init; } = Environment.ProcessorCount;

    /// <summary>The machine in words, for the report's header.</summary>
    public string Machine =>
        $"{Processors} processors, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    public IEnumerable<BenchRow> RowsOf(BenchCase bench) => Rows.Where(r => r.Instance == bench.Name);

    /// <summary>The per-enterprise bound proven on an instance (the largest any planner proved), if any.</summary>
    public int? OwnBoundOf(BenchCase bench) => RowsOf(bench).Max(r => r.OwnBound);
}

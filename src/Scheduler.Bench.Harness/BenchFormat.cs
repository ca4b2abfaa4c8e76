using System.Globalization;

namespace Scheduler.Bench.Harness;

/// <summary>How the bench reports print their numbers (invariant culture).</summary>
internal static class BenchFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Seconds(double seconds) =>
        seconds.ToString(seconds < 10 ? "0.00" : "0.0", Invariant) + " s";

    public static string Megabytes(double mb) => mb.ToString("N0", Invariant) + " MB";

    public static string Count(int value) => value.ToString("N0", Invariant);

    /// <summary>0.743 → "74.3%".</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", Invariant) + "%";

    /// <summary>A ratio such as peak load; ∞ when a zero capacity is used.</summary>
    public static string Ratio(double value) => double.IsPositiveInfinity(value) ? "∞" : value.ToString("0.00", Invariant);

    /// <summary>0.028 → "+2.8%"; "—" when there is no gap.</summary>
    public static string Gap(double? gap) => gap is { } g && double.IsFinite(g) ? (g >= 0 ? "+" : "") + Percent(g) : "—";

    /// <summary>"12.5×" for how many times sooner one run got somewhere than another.</summary>
    public static string Times(double ratio) => ratio.ToString(ratio < 10 ? "0.0" : "N0", Invariant) + "×";

    public static string Number(double value, string format) => value.ToString(format, Invariant);

    /// <summary>The cells of a row of the per-instance table, in <see cref="Headers"/> order.</summary>
    public static string[] Cells(BenchRow r) =>
    [
        r.Planner, Count(r.Unassigned), Count(r.Visits), Gap(r.Gap), Gap(r.OwnBoundGap), Count(r.Saved),
        Percent(r.JointRate), Ratio(r.PeakLoad), Seconds(r.WallSeconds), Seconds(r.SecondsToFinal),
        Megabytes(r.PeakMemoryMb), Megabytes(r.ProcessPeakMb), r.Status,
    ];

    public static readonly IReadOnlyList<string> Headers =
    [
        "planner", "unassigned", "visits", "gap to spec bound", "gap to own bound", "saved", "joint rate", "peak load", "wall",
        "to final", "peak memory (run)", "process peak", "status",
    ];

    /// <summary>The line under an instance's heading.</summary>
    public static string Describe(BenchRun run, BenchCase bench)
    {
        var first = run.RowsOf(bench).FirstOrDefault();
        var parts = new List<string> { bench.Source, $"{Count(bench.Enterprises)} enterprises" };
        if (first is not null)
        {
            parts.Add($"{Count(first.Occurrences)} occurrences");
            parts.Add($"spec lower bound {Count(first.LowerBound)}");
            parts.Add($"status quo {Count(first.SeparateVisits)} visits");
        }
        if (run.OwnBoundOf(bench) is { } own) parts.Add($"per-enterprise bound {Count(own)}");
        return string.Join("; ", parts);
    }
}

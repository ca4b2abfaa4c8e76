using System.Globalization;
using Scheduler.Cli.Reporting;

namespace Scheduler.Cli.Bench;

/// <summary>How the bench reports print their numbers (invariant culture).</summary>
internal static class BenchFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Seconds(double seconds) =>
        seconds.ToString(seconds < 10 ? "0.00" : "0.0", Invariant) + " s";

    public static string Megabytes(double mb) => mb.ToString("N0", Invariant) + " MB";

    public static string Gap(double? gap) => gap is { } g && double.IsFinite(g) ? Format.Gap(g) : "—";

    public static string Bound(int? bound) => bound is { } b ? Format.Count(b) : "—";

    /// <summary>"12.5×" for how many times sooner one run got somewhere than another.</summary>
    public static string Times(double ratio) => ratio.ToString(ratio < 10 ? "0.0" : "N0", Invariant) + "×";

    public static string Number(double value, string format) => value.ToString(format, Invariant);

    /// <summary>The cells of a row of the per-instance table, in <see cref="Headers"/> order.</summary>
    public static string[] Cells(BenchRow r) =>
    [
        r.Planner, Format.Count(r.Unassigned), Format.Count(r.Visits), Gap(r.Gap), Gap(r.OwnBoundGap), Format.Count(r.Saved),
        Format.Percent(r.JointRate), Format.Ratio(r.PeakLoad), Seconds(r.WallSeconds), Seconds(r.SecondsToFinal),
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
        var parts = new List<string> { bench.Source, $"{Format.Count(bench.Enterprises)} enterprises" };
        if (first is not null)
        {
            parts.Add($"{Format.Count(first.Occurrences)} occurrences");
            parts.Add($"spec lower bound {Format.Count(first.LowerBound)}");
            parts.Add($"status quo {Format.Count(first.SeparateVisits)} visits");
        }
        if (run.OwnBoundOf(bench) is { } own) parts.Add($"per-enterprise bound {Format.Count(own)}");
        return string.Join("; ", parts);
    }
}

using System.Globalization;

namespace Scheduler.Cli.Reporting;

/// <summary>Number formats of the tables: invariant culture, so output reads the same on every machine.</summary>
internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(int value) => value.ToString("N0", Invariant);

    /// <summary>0.743 → "74.3%".</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", Invariant) + "%";

    /// <summary>0.028 → "+2.8%".</summary>
    public static string Gap(double gap) => (gap >= 0 ? "+" : "") + Percent(gap);

    /// <summary>A ratio such as peak load; ∞ when a zero capacity is used.</summary>
    public static string Ratio(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : value.ToString("0.00", Invariant);

    /// <summary>Minutes as hours to one decimal: 754.2 → "12.6".</summary>
    public static string Hours(double minutes) => (minutes / 60).ToString("N1", Invariant);

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", Invariant) + " s";

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N0", Invariant) + " MB";
}

namespace Scheduler.Generator.Building;

/// <summary>Zero-padded ids ("E0042") so they sort as numbers do.</summary>
internal static class Ids
{
    public static int Width(int count) => Math.Max(3, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);

    /// <param name="index">0-based; the id shows index + 1.</param>
    public static string Make(string prefix, int index, int width) =>
        prefix + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0');
}

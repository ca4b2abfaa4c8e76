namespace Scheduler.Generator.Building;

/// <summary>The enterprises of a county under construction, column-wise so a million of them stay small.</summary>
internal sealed class EnterpriseDrafts(int count)
{
    public int Count { get; } = count;
    public int[] Township { get; } = new int[count];
    public int[] Industry { get; } = new int[count];

    /// <summary>0 green, 1 yellow, 2 red.</summary>
    public int[] Tier { get; } = new int[count];

    public int[] ClosedMonths { get; } = new int[count];
    public double[] Lat { get; } = new double[count];
    public double[] Lon { get; } = new double[count];
    public string[] Name { get; } = new string[count];

    public static string TierName(int tier) => tier switch { 0 => "green", 1 => "yellow", _ => "red" };
}

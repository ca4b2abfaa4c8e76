namespace Scheduler.Api.Plans;

/// <summary>
/// Visits of one month that include one department, against its capacity (null: no capacity row, unbounded).
/// </summary>
public sealed record LoadCell(int Month, int Used, int? Capacity)
{
    /// <summary>From this share of the capacity on, a month counts as nearly full.</summary>
    public const double NearFullShare = 0.9;

    /// <summary>used/capacity; +∞ when a zero capacity is used; null when unbounded.</summary>
    public double? Ratio => Capacity switch
    {
        null => null,
        0 => Used == 0 ? 0 : double.PositiveInfinity,
        var c => (double)Used / c.Value,
    };

    public LoadLevel Level => Ratio switch
    {
        null => LoadLevel.Unbounded,
        > 1 => LoadLevel.Over,
        >= NearFullShare => LoadLevel.NearFull,
        _ => LoadLevel.Normal,
    };
}

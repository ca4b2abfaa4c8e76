namespace Scheduler.Api.Plans;

/// <summary>Visits per township (rows, register order) and month (columns 1–12), with the shading of each cell.</summary>
public sealed record HeatMap(IReadOnlyList<HeatMapRow> Rows)
{
    /// <summary>The largest cell; 0 for an empty plan.</summary>
    public int Max => Rows.Count == 0 ? 0 : Rows.Max(r => r.Counts.Count == 0 ? 0 : r.Counts.Max());

    public int Total => Rows.Sum(r => r.Total);

    /// <summary>Visits of month <paramref name="month"/> (1–12) over every township.</summary>
    public int MonthTotal(int month) => Rows.Sum(r => r.Counts[month - 1]);

    /// <summary>A cell's shade, 0 (none) to 1 (the largest cell).</summary>
    public double Intensity(int count) => Max == 0 ? 0 : (double)count / Max;
}

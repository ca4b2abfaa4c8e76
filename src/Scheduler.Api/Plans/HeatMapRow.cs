namespace Scheduler.Api.Plans;

/// <summary>One township's visits per month (index 0 = January). An empty id collects enterprises of no known township.</summary>
public sealed record HeatMapRow(string Township, string Name, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}

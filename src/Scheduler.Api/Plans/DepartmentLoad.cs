namespace Scheduler.Api.Plans;

/// <summary>One department's twelve months of load.</summary>
public sealed record DepartmentLoad(string Department, string Name, IReadOnlyList<LoadCell> Months)
{
    public int Total => Months.Sum(m => m.Used);

    /// <summary>The highest used/capacity over its capped months, or null when no month is capped.</summary>
    public double? Peak => Months.Select(m => m.Ratio).Where(r => r is not null).DefaultIfEmpty(null).Max();
}

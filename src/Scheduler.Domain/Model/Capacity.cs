namespace Scheduler.Domain.Model;

/// <summary>At most <see cref="Visits"/> visits in <see cref="Month"/> may include <see cref="Department"/>.</summary>
public sealed record Capacity
{
    public string Department { get; init; } = "";
    public int Month { get; init; }
    public int Visits { get; init; }
}

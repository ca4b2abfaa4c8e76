namespace Scheduler.Domain.Plans;

/// <summary>One visit to one enterprise in one month, covering the tasks of one or more departments.</summary>
public sealed record Visit
{
    public string Id { get; init; } = "";
    public string Enterprise { get; init; } = "";
    public int Month { get; init; }
    public IReadOnlyList<VisitTask> Tasks { get; init; } = [];
}

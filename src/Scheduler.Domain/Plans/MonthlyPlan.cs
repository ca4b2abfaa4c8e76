namespace Scheduler.Domain.Plans;

/// <summary>A monthly plan (month-MM.json), ../shared/spec/PROBLEM.md §3.</summary>
public sealed record MonthlyPlan
{
    public int FormatVersion { get; init; } = 1;
    public string Instance { get; init; } = "";
    public int Year { get; init; }
    public int Month { get; init; }
    public IReadOnlyList<TeamDay> TeamDays { get; init; } = [];
    public IReadOnlyList<UnscheduledVisit> Unscheduled { get; init; } = [];

    /// <summary>The seed of the random officer draw (双随机), published so the draw can be replayed.</summary>
    public long? Seed { get; init; }
}

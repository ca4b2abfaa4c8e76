namespace Scheduler.Domain.Plans;

/// <summary>The annual plan (plan.json), ../shared/spec/PROBLEM.md §2.</summary>
public sealed record AnnualPlan
{
    public int FormatVersion { get; init; } = 1;

    /// <summary>The name of the instance it plans.</summary>
    public string Instance { get; init; } = "";

    public int Year { get; init; }
    public IReadOnlyList<Visit> Visits { get; init; } = [];
    public IReadOnlyList<UnassignedOccurrence> Unassigned { get; init; } = [];
}

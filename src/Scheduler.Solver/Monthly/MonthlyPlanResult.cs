using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Monthly;

/// <summary>A month's plan (always valid against the annual plan) and its figures.</summary>
public sealed record MonthlyPlanResult
{
    public required MonthlyPlan Plan { get; init; }
    public required MonthFigures Figures { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>For each visit left out for want of officers (not the impossible ones): the departments that ran short.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ShortDepartments { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The wall-clock safety net stopped a search: the month is valid but may not replay.</summary>
    public bool CutByTimeLimit { get; init; }
}

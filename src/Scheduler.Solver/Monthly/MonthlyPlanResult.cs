using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Monthly;

/// <summary>A month's plan (always valid against the annual plan) and its figures.</summary>
public sealed record MonthlyPlanResult
{
    public required MonthlyPlan Plan { get; init; }
    public required MonthFigures Figures { get; init; }
    public TimeSpan Elapsed { get; init; }
}

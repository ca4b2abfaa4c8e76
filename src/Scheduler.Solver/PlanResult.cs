using Scheduler.Domain.Plans;

namespace Scheduler.Solver;

/// <summary>The outcome of an annual solve: always a valid plan.</summary>
public sealed record PlanResult
{
    public required AnnualPlan Plan { get; init; }
    public required SolveStatus Status { get; init; }
    public required string Planner { get; init; }

    /// <summary>The plan's figures (same definitions as ../shared/tools/validate_plan.py).</summary>
    public required PlanFigures Figures { get; init; }

    /// <summary>Σ over enterprises of the fewest visits each needs on its own, capacity ignored; null when the planner did not compute it.</summary>
    public int? PerEnterpriseBound { get; init; }

    /// <summary>True when every enterprise's part of the bound was proven optimal (no sub-solve hit its limit).</summary>
    public bool PerEnterpriseBoundExact { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>The deterministic work used (null for planners without a work budget).</summary>
    public WorkFigures? Work { get; init; }
}

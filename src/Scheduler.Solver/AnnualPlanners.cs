using Scheduler.Solver.Planners;

namespace Scheduler.Solver;

/// <summary>Chooses the planner for a <see cref="PlannerKind"/>.</summary>
public static class AnnualPlanners
{
    public static IAnnualPlanner Create(PlannerKind kind) => kind switch
    {
        PlannerKind.Greedy => new GreedyPlanner(),
        PlannerKind.Separate => new SeparatePlanner(),
        PlannerKind.Optimized => new OptimizedPlanner(),
        PlannerKind.Monolithic => new MonolithicPlanner(),
        PlannerKind.Mip => new MipPlanner(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown planner"),
    };
}

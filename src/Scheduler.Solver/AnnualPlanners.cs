namespace Scheduler.Solver;

/// <summary>Chooses the planner for a <see cref="PlannerKind"/>.</summary>
public static class AnnualPlanners
{
    public static IAnnualPlanner Create(PlannerKind kind) => kind switch
    {
        _ => throw new NotImplementedException($"planner {kind}"),
    };
}

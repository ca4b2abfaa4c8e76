using Scheduler.Domain.Model;

namespace Scheduler.Solver.Planners;

/// <summary>
/// Ours. Enterprises couple only through department-month capacity, so: (1) solve each distinct
/// enterprise profile alone, exactly, on CP-SAT (skipping those a greedy merge already solves to the
/// trivial bound) — this also proves the per-enterprise lower bound; (2) build a plan enterprise by
/// enterprise into the capacity that is left, least flexible first; (3) repair and improve with LNS:
/// re-solve groups of enterprises around saturated department-months together on CP-SAT.
/// </summary>
internal sealed class OptimizedPlanner : IAnnualPlanner
{
    public string Name => "optimized";

    public PlanResult Plan(Instance instance, PlannerOptions options, IProgress<SolveProgress>? progress, CancellationToken cancellationToken) =>
        new OptimizedRun(instance, options, progress, cancellationToken).Execute();
}

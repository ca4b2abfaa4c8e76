using Scheduler.Domain.Model;

namespace Scheduler.Solver;

/// <summary>Makes an annual plan. Never throws on a plannable instance: what cannot be placed is unassigned with a reason.</summary>
public interface IAnnualPlanner
{
    string Name { get; }

    PlanResult Plan(Instance instance, PlannerOptions options, IProgress<SolveProgress>? progress, CancellationToken cancellationToken);
}

using Scheduler.Domain.Model;

namespace Scheduler.Solver.Tests.Support;

/// <summary>Runs planners the way every test here does: one worker, a fixed seed, no progress, never cancelled.</summary>
public static class Planning
{
    public const int Seed = 7;

    /// <summary>Every planner, for a Theory that each of them must pass.</summary>
    public static TheoryData<PlannerKind> AllKinds => [PlannerKind.Optimized, PlannerKind.Greedy, PlannerKind.Separate, PlannerKind.Monolithic, PlannerKind.Mip];

    /// <summary>The planners that merge departments into joint visits.</summary>
    public static TheoryData<PlannerKind> MergingKinds => [PlannerKind.Optimized, PlannerKind.Greedy];

    public static PlanResult Run(PlannerKind kind, Instance instance, double seconds = 10)
    {
        var options = new PlannerOptions
        {
            Planner = kind,
            // The optimized planner's search is decided by deterministic work; its wall clock is only a safety net, kept far
            // away so that a loaded machine never changes a plan. The one-model peers have no work limit: seconds is theirs.
            TimeLimit = TimeSpan.FromSeconds(kind == PlannerKind.Optimized ? Math.Max(seconds, 600) : seconds),
            Seed = Seed,
            Workers = 1,
        };
        return AnnualPlanners.Create(kind).Plan(instance, options, progress: null, CancellationToken.None);
    }

    /// <summary>Runs the planner and asserts the plan valid by the test's own rules and by Domain's PlanChecker.</summary>
    public static PlanResult RunValid(PlannerKind kind, Instance instance, double seconds = 10)
    {
        var result = Run(kind, instance, seconds);
        PlanAssert.Valid(instance, result.Plan);
        return result;
    }
}

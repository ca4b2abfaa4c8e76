namespace Scheduler.Solver;

/// <summary>How to solve: small POCO with defaults, bound from the CLI or configuration.</summary>
public sealed class PlannerOptions
{
    public PlannerKind Planner { get; set; } = PlannerKind.Optimized;

    /// <summary>Wall-clock budget of the whole solve; the best plan found by then is returned.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Random seed; with one worker the result is reproducible.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Parallel workers (threads); defaults to the processor count.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;
}

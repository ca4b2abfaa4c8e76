namespace Scheduler.Solver;

/// <summary>How to solve: small POCO with defaults, bound from the CLI or configuration.</summary>
public sealed class PlannerOptions
{
    /// <summary>The workers' default: fixed, so a plan never depends on the machine it was made on.</summary>
    public const int DefaultWorkers = 2;

    /// <summary>The default deterministic work budget of an annual solve, in CP-SAT deterministic seconds.</summary>
    public const double DefaultWork = 20;

    public PlannerKind Planner { get; set; } = PlannerKind.Optimized;

    /// <summary>
    /// The deterministic work budget (CP-SAT deterministic seconds, with counted rounds): what decides how far the
    /// optimized planner searches, so the same instance, options and seed give the same plan on any machine.
    /// </summary>
    public double Work { get; set; } = DefaultWork;

    /// <summary>Wall-clock safety net; a plan it cut says so (<see cref="WorkFigures.CutByTimeLimit"/>). The one-model peers stop at it.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>Random seed; the same seed, work and instance give the same plan.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Parallel workers (threads); they change the speed, not the plan.</summary>
    public int Workers { get; set; } = DefaultWorkers;
}

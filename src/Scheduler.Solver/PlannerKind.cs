namespace Scheduler.Solver;

/// <summary>The annual planners the CLI and jobs can choose from.</summary>
public enum PlannerKind
{
    /// <summary>Ours: per-enterprise exact merges on CP-SAT, capacity-aware construction, LNS repair.</summary>
    Optimized,

    /// <summary>Capacity-aware first-fit merge: the yardstick.</summary>
    Greedy,

    /// <summary>Each department plans alone: the status quo.</summary>
    Separate,

    /// <summary>Peer: the textbook CP-SAT model of the whole year in one model, as an OR-Tools user would first write it.</summary>
    Monolithic,

    /// <summary>Peer: the same textbook model as a MIP on SCIP through OR-Tools' linear solver.</summary>
    Mip,
}

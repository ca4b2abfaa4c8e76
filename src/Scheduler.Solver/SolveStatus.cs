namespace Scheduler.Solver;

public enum SolveStatus
{
    /// <summary>Visits equal the proven per-enterprise bound and nothing is unassigned.</summary>
    Optimal,

    /// <summary>A valid plan, not proven optimal.</summary>
    Feasible,

    /// <summary>The time limit ran out; the plan is the best found by then.</summary>
    TimeLimit,

    /// <summary>Cancelled; the plan is the best found by then.</summary>
    Cancelled,
}

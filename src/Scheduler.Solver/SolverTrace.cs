namespace Scheduler.Solver;

/// <summary>
/// The trace switches (README, "Benchmarks"): where a solve spends its time, on standard error. Read once per process.
/// </summary>
internal static class SolverTrace
{
    /// <summary>SCHEDULER_TRACE_STAFF: each staffing round of the staffed year and of a replan, the final months, the replan's room step.</summary>
    public static readonly bool Staff = Environment.GetEnvironmentVariable("SCHEDULER_TRACE_STAFF") is not null;

    /// <summary>SCHEDULER_TRACE_MONTH: each monthly plan's steps in milliseconds.</summary>
    public static readonly bool Month = Environment.GetEnvironmentVariable("SCHEDULER_TRACE_MONTH") is not null;
}

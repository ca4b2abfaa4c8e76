namespace Scheduler.Api.Plans;

/// <summary>Why a plan page has no plan to show.</summary>
public enum PlanMissing
{
    /// <summary>Not missing: the plan was found.</summary>
    None,

    /// <summary>No year has a register yet.</summary>
    NoRegister,

    /// <summary>The year has no run with a plan yet.</summary>
    NotSolved,

    /// <summary>?run= names no run.</summary>
    UnknownRun,

    /// <summary>?run= names a run that has no plan (queued, running, failed, cancelled early).</summary>
    RunWithoutPlan,

    /// <summary>The stored plan or instance does not read back.</summary>
    Unreadable,
}

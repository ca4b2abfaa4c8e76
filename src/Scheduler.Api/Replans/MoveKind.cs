namespace Scheduler.Api.Replans;

/// <summary>How an occurrence changed between a plan and its replan.</summary>
public enum MoveKind
{
    /// <summary>Another month.</summary>
    Moved,

    /// <summary>The same month, other departments along.</summary>
    Companions,

    /// <summary>In the replan only: a new need's occurrence, or one that came back after a visit not done.</summary>
    Added,

    /// <summary>In the replaced plan only: withdrawn, or left unassigned.</summary>
    Removed,
}

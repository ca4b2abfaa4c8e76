namespace Scheduler.Api.Draws;

/// <summary>How a draw request ended: stored, or why not.</summary>
public enum DrawOutcomeKind
{
    Stored,
    NoRegister,
    Invalid,
}

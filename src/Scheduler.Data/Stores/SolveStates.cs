namespace Scheduler.Data.Stores;

/// <summary>The states of a solve run; the last three are final.</summary>
public static class SolveStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static bool IsFinal(string state) => state is Succeeded or Failed or Cancelled;
}

namespace Scheduler.Cli;

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done; the plan (if any) is valid.</summary>
    public const int Ok = 0;

    /// <summary>A plan breaks a rule of the contract.</summary>
    public const int InvalidPlan = 1;

    /// <summary>Bad input or usage: a file missing, unreadable or not of the format, an invalid instance, an unknown option.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected failure inside the tool (a bug).</summary>
    public const int InternalError = 3;

    /// <summary>Cancelled (Ctrl+C) before any plan or result existed.</summary>
    public const int Cancelled = 130;
}

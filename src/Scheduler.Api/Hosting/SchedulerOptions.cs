using System.ComponentModel.DataAnnotations;

namespace Scheduler.Api.Hosting;

/// <summary>The "Scheduler" configuration section; the connection string is ConnectionStrings:Scheduler.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>On an empty database, the office's first bearer token (ignored once an office token exists).</summary>
    public string? OfficeToken { get; set; }

    /// <summary>
    /// Wall-clock safety net of an annual solve, seconds. The run's deterministic work budget decides the search; this
    /// only stops a search that runs far longer than it should (a loaded machine), and a run it cut says so in its
    /// figures (cutByTimeLimit) and may not replay.
    /// </summary>
    [Range(1, 86_400)]
    public int AnnualTimeLimitSeconds { get; set; } = 300;

    /// <summary>Wall-clock safety net of each month's plan, seconds (as <see cref="AnnualTimeLimitSeconds"/>).</summary>
    [Range(1, 3_600)]
    public int MonthTimeLimitSeconds { get; set; } = 60;

    /// <summary>Threads one solve uses; fixed (not the core count), since the plan is reproduced for the same workers.</summary>
    [Range(1, 256)]
    public int SolverWorkers { get; set; } = Scheduler.Solver.PlannerOptions.DefaultWorkers;

    /// <summary>
    /// How a new run treats the county's officers: <c>fit</c> (the year they can carry out: the annual plan fitted to
    /// their team-days, the months planned, limits tightened where visits were left out) or <c>ignore</c> (the
    /// optimized annual plan, staff ignored, then its months). Stored with each run.
    /// </summary>
    [RegularExpression("^(fit|ignore)$", ErrorMessage = "Scheduler:Staff must be fit or ignore")]
    public string Staff { get; set; } = "fit";

    /// <summary>Solves this server runs at once (Hangfire workers).</summary>
    [Range(1, 64)]
    public int ConcurrentSolves { get; set; } = 1;

    /// <summary>How long after its server's last heartbeat a job is taken up again elsewhere (sliding), seconds.</summary>
    [Range(5, 3_600)]
    public int JobInvisibilitySeconds { get; set; } = 60;

    /// <summary>The largest request body accepted, megabytes; a larger one is answered 413 with ProblemDetails.</summary>
    [Range(1, 2_048)]
    public int MaxBodyMegabytes { get; set; } = 64;

    /// <summary>Errors a 4xx ProblemDetails lists at most under "errors"; "errorCount" always gives the total.</summary>
    [Range(1, 100_000)]
    public int MaxErrors { get; set; } = 100;

    /// <summary>Seconds a 503 (the database unavailable) asks the client to wait before retrying (Retry-After).</summary>
    [Range(1, 3_600)]
    public int RetryAfterSeconds { get; set; } = 5;
}

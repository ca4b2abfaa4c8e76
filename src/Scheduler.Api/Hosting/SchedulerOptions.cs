using System.ComponentModel.DataAnnotations;

namespace Scheduler.Api.Hosting;

/// <summary>The "Scheduler" configuration section; the connection string is ConnectionStrings:Scheduler.</summary>
public sealed class SchedulerOptions : IValidatableObject
{
    public const string Section = "Scheduler";

    /// <summary>On an empty database, the office's first bearer token (ignored once an office token exists).</summary>
    public string? OfficeToken { get; set; }

    /// <summary>
    /// The province's first bearer token ("province." + at least 16 more characters), stored when the platform has no
    /// province token yet; without it the platform has no province (a single-county installation needs none).
    /// </summary>
    [RegularExpression(@"^province\.[A-Za-z0-9_-]{16,}$", ErrorMessage = "Scheduler:ProvinceToken must be 'province.' followed by at least 16 letters, digits, '-' or '_'")]
    public string? ProvinceToken { get; set; }

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

    /// <summary>What this process does: web, worker or both (<see cref="ServerRole"/>, docs/deploy.md).</summary>
    [RegularExpression("^(?i)(web|worker|both)$", ErrorMessage = "Scheduler:Role must be web, worker or both")]
    public string Role { get; set; } = "both";

    /// <summary>Solves this server runs at once (Hangfire workers); the older name of Scheduler:Workers:Solves.</summary>
    [Range(1, 64)]
    public int ConcurrentSolves { get; set; } = 1;

    /// <summary>Hangfire workers of each queue (Scheduler:Workers:Short, Scheduler:Workers:Solves).</summary>
    public WorkerCounts Workers { get; set; } = new();

    /// <summary>Solves a worker process runs at once: Scheduler:Workers:Solves, else Scheduler:ConcurrentSolves.</summary>
    public int SolveWorkers => Workers.Solves ?? ConcurrentSolves;

    /// <summary>How long after its server's last heartbeat a job is taken up again elsewhere (sliding), seconds.</summary>
    [Range(5, 3_600)]
    public int JobInvisibilitySeconds { get; set; } = 60;

    /// <summary>How often an idle worker looks at its queue when no NOTIFY woke it (long polling is on), seconds.</summary>
    [Range(1, 60)]
    public int QueuePollSeconds { get; set; } = 2;

    /// <summary>Connections a web process keeps for requests (the pool formula of <see cref="ConnectionBudget"/>).</summary>
    [Range(2, 1_000)]
    public int WebPool { get; set; } = 20;

    /// <summary>Processes (web and worker) sharing the database, for the start-up check of the connection budget.</summary>
    [Range(1, 1_000)]
    public int Servers { get; set; } = 1;

    /// <summary>Connections all the processes may use together; 0: the server's max_connections less its reserved ones.</summary>
    [Range(0, 100_000)]
    public int MaxConnections { get; set; }

    /// <summary>The largest request body accepted, megabytes; a larger one is answered 413 with ProblemDetails.</summary>
    [Range(1, 2_048)]
    public int MaxBodyMegabytes { get; set; } = 64;

    /// <summary>Errors a 4xx ProblemDetails lists at most under "errors"; "errorCount" always gives the total.</summary>
    [Range(1, 100_000)]
    public int MaxErrors { get; set; } = 100;

    /// <summary>Seconds a 503 (the database unavailable) asks the client to wait before retrying (Retry-After).</summary>
    [Range(1, 3_600)]
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>The nested Scheduler:Workers values (DataAnnotations does not descend into them by itself).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Workers, new ValidationContext(Workers), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"Scheduler:Workers:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}", r.MemberNames));
    }
}

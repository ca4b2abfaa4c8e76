namespace Scheduler.Data.Stores;

/// <summary>A solve run as stored; JSON columns are raw text (null until written).</summary>
public sealed record SolveRun
{
    public required long Id { get; init; }
    public required int Year { get; init; }

    /// <summary>queued, running, succeeded, failed or cancelled (<see cref="SolveStates"/>).</summary>
    public required string State { get; init; }

    public string? ProgressJson { get; init; }
    public string? FiguresJson { get; init; }
    public string? Error { get; init; }
    public bool CancelRequested { get; init; }
    public bool HasPlan { get; init; }
    public int Months { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>How many times a job started the run (more than 1 after a retry or a server killed mid-solve).</summary>
    public int Attempts { get; init; }

    /// <summary>The seed, work budget and staff mode the run plans with (a re-run with them reproduces its plan).</summary>
    public SolveSettings Settings { get; init; } = SolveSettings.Default;

    /// <summary>The published draw whose instance the run plans (docs/draws.md §6); null for the departments' named needs.</summary>
    public long? DrawId { get; init; }

    /// <summary>For a replan: the run whose plan it replaces, and the first month it re-planned (months before are history).</summary>
    public long? Replaces { get; init; }
    public int? ReplanFrom { get; init; }
}

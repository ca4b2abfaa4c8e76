namespace Scheduler.Api.Solves;

/// <summary>
/// A running solve's latest progress, as stored with the run and served by GET /api/solves/{id}. New fields may be added;
/// none is removed or changes meaning.
/// </summary>
public sealed record RunProgressReport
{
    public ProgressStage Stage { get; init; }

    /// <summary>What the planner is doing, in words ("merging enterprises").</summary>
    public string Phase { get; init; } = "";

    /// <summary>Share of the stage done, 0-1.</summary>
    public double Fraction { get; init; }

    /// <summary>Share of the whole solve done, 0-1 (the annual stage is its first 0.8).</summary>
    public double Overall { get; init; }

    /// <summary>Visits of the best annual plan so far.</summary>
    public int? Visits { get; init; }

    /// <summary>Unassigned occurrences of the best annual plan so far.</summary>
    public int? Unassigned { get; init; }

    /// <summary>Proven lower bound on visits so far.</summary>
    public int? Bound { get; init; }

    /// <summary>Visits / bound - 1, when both are known.</summary>
    public double? Gap { get; init; }

    /// <summary>Seconds since the stage started.</summary>
    public double ElapsedSeconds { get; init; }
}

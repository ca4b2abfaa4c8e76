namespace Scheduler.Cli.Reporting.Json;

/// <summary>
/// whatif.json of `scheduler bench --whatif` (bench/README.md, What-if): how long the seeded what-ifs took to answer
/// on the county (milliseconds, each the change applied and the replan of the changed year), and what they answered.
/// </summary>
/// <param name="Answered">What-ifs answered with a plan; <paramref name="Refused"/> those refused with a problem (e.g. history the change breaks).</param>
/// <param name="Kinds">Per kind (close, capacity, need): how many were asked.</param>
internal sealed record WhatIfDocument(
    string Instance,
    int Enterprises,
    int From,
    int Seed,
    int Count,
    int Answered,
    int Refused,
    double P50Ms,
    double P95Ms,
    double MaxMs,
    double MeanMs,
    double PlanSeconds,
    IReadOnlyDictionary<string, int> Kinds,
    IReadOnlyDictionary<string, double> P95MsByKind,
    double MeanVisitsDelta,
    double MeanMoves,
    bool AllValid)
{
    /// <summary>The officers' side of each answer (<c>WhatIfTeams</c>, as the service adds it): p50/p95 milliseconds of
    /// placing the changed visits in the replan's months with their team-days kept, and of the whole answer.</summary>
    public double TeamsP50Ms { get; init; }

    public double TeamsP95Ms { get; init; }

    public double TotalP95Ms { get; init; }

    /// <summary>Visits the answers added or changed that found a team-day (<see cref="NoTeam"/>: none could take them).</summary>
    public int Placed { get; init; }

    public int NoTeam { get; init; }

    /// <summary>Seconds of the replan fitted to the officers with its months, once (the months the what-ifs place their visits in).</summary>
    public double MonthsSeconds { get; init; }
}

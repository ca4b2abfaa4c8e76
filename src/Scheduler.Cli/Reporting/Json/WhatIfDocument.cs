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
    bool AllValid);

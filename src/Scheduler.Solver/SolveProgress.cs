namespace Scheduler.Solver;

/// <summary>A progress report while solving.</summary>
/// <param name="Phase">What the planner is doing, in words ("merging enterprises", "repairing capacity").</param>
/// <param name="Fraction">Share of the work done, 0–1.</param>
/// <param name="Visits">Visits of the best plan so far, when one exists.</param>
/// <param name="Unassigned">Unassigned occurrences of the best plan so far.</param>
/// <param name="Bound">Proven lower bound on visits (the per-enterprise bound so far).</param>
/// <param name="Elapsed">Wall time since the solve started.</param>
public sealed record SolveProgress(
    string Phase,
    double Fraction,
    int? Visits,
    int? Unassigned,
    int? Bound,
    TimeSpan Elapsed)
{
    /// <summary>Visits / Bound − 1, when both are known.</summary>
    public double? Gap => Visits is { } v && Bound is { } b && b > 0 ? (double)v / b - 1 : null;
}

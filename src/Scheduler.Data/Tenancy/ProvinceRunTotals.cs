namespace Scheduler.Data.Tenancy;

/// <summary>A province run's totals: counties by final state, and the figures summed over the counties that have them.</summary>
public sealed record ProvinceRunTotals(
    int Counties,
    int Succeeded,
    int Failed,
    int Cancelled,
    int Visits,
    int Unassigned,
    int Unscheduled,
    int SeparateVisits,
    int Saved)
{
    /// <summary>The totals of <paramref name="counties"/>.</summary>
    public static ProvinceRunTotals Of(IReadOnlyList<ProvinceRunCountySummary> counties) => new(
        counties.Count,
        counties.Count(c => c.State == Stores.SolveStates.Succeeded),
        counties.Count(c => c.State == Stores.SolveStates.Failed),
        counties.Count(c => c.State == Stores.SolveStates.Cancelled),
        counties.Sum(c => c.Visits ?? 0),
        counties.Sum(c => c.Unassigned ?? 0),
        counties.Sum(c => c.Unscheduled ?? 0),
        counties.Sum(c => c.SeparateVisits ?? 0),
        counties.Sum(c => c.Saved ?? 0));
}

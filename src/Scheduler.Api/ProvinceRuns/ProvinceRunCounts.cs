using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.ProvinceRuns;

/// <summary>A province run's counties by state: its progress.</summary>
public sealed record ProvinceRunCounts(int Counties, int Queued, int Running, int Succeeded, int Failed, int Cancelled)
{
    public static ProvinceRunCounts Of(IReadOnlyList<ProvinceRunCounty> counties)
    {
        int Count(string state) => counties.Count(c => c.State == state);
        return new(counties.Count, Count(SolveStates.Queued), Count(SolveStates.Running), Count(SolveStates.Succeeded),
            Count(SolveStates.Failed), Count(SolveStates.Cancelled));
    }
}

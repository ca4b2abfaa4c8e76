using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// Which officers made each enterprise's latest visit, so that the next visit draws others
/// (the same officer should not inspect the same enterprise twice running). Fed month by month.
/// </summary>
public sealed class InspectionHistory
{
    private readonly Dictionary<string, IReadOnlySet<string>> _lastOfficers = new(StringComparer.Ordinal);

    /// <summary>Officers of the enterprise's latest recorded visit (empty when none).</summary>
    public IReadOnlySet<string> LastOfficers(string enterprise) =>
        _lastOfficers.TryGetValue(enterprise, out var set) ? set : new HashSet<string>();

    /// <summary>Records the team-days of a month plan, in date order.</summary>
    public void Record(AnnualPlan annual, MonthlyPlan month)
    {
        var enterpriseOf = annual.Visits.ToDictionary(v => v.Id, v => v.Enterprise);
        foreach (var td in month.TeamDays.OrderBy(t => t.Date))
            foreach (var visit in td.Visits)
                if (enterpriseOf.TryGetValue(visit, out var e))
                    _lastOfficers[e] = td.Inspectors.ToHashSet(StringComparer.Ordinal);
    }
}

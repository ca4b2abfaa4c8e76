using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Monthly;

/// <summary>A month's plan (always valid against the annual plan) and its figures.</summary>
public sealed record MonthlyPlanResult
{
    public required MonthlyPlan Plan { get; init; }
    public required MonthFigures Figures { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>For each visit left out for want of officers (not the impossible ones): the departments that ran short.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ShortDepartments { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// For each visit left out as impossible for want of officers who may serve it at all (posted elsewhere, unavailable or
    /// 回避): the departments with too few of them. Reported with <see cref="ShortDepartments"/> (<see cref="ShortOf"/>), not
    /// fed back to the annual fit: no other plan of the month serves them, but officers added at county level would.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> LackingDepartments { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// The departments each left-out visit of a year's months waits for, as one map (visit ids are unique in a year): its
    /// <see cref="ShortDepartments"/> or, for one impossible for want of officers, its <see cref="LackingDepartments"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ShortOf(IEnumerable<MonthlyPlanResult> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var all = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var month in months)
        {
            foreach (var (visit, departments) in month.LackingDepartments) all[visit] = departments;
            foreach (var (visit, departments) in month.ShortDepartments) all[visit] = departments;
        }
        return all;
    }

    /// <summary>The wall-clock safety net stopped a search: the month is valid but may not replay.</summary>
    public bool CutByTimeLimit { get; init; }
}

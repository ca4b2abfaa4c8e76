using Scheduler.Solver.Compilation;

namespace Scheduler.Solver.Scheduling;

/// <summary>An enterprise's part of the plan: its visits and the occurrences it could not place (a need index per missing occurrence).</summary>
internal sealed record EnterpriseSchedule(int Enterprise, IReadOnlyList<ScheduledVisit> Visits, IReadOnlyList<int> Unplaced)
{
    public static EnterpriseSchedule Empty(int enterprise) => new(enterprise, [], []);

    public int VisitCount => Visits.Count;

    /// <summary>Σ over visits of its number of distinct departments.</summary>
    public int DepartmentVisits(CompiledInstance ci) =>
        Visits.Sum(v => v.Needs.Select(n => ci.Needs[n].Department).Distinct().Count());

    /// <summary>Distinct (department, month) cells each visit uses, with repetition across visits.</summary>
    public IEnumerable<(int Department, int Month)> Uses(CompiledInstance ci)
    {
        foreach (var v in Visits)
            foreach (var d in v.Needs.Select(n => ci.Needs[n].Department).Distinct())
                yield return (d, v.Month);
    }

    /// <summary>Lexicographic quality key: fewer unplaced, then fewer visits, then fewer department-visits.</summary>
    public (int Unplaced, int Visits, int DepartmentVisits) Quality(CompiledInstance ci) =>
        (Unplaced.Count, VisitCount, DepartmentVisits(ci));
}

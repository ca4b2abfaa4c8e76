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

    /// <summary>The quality key summed over several enterprises' schedules.</summary>
    public static (int Unplaced, int Visits, int DepartmentVisits) Totals(CompiledInstance ci, IEnumerable<EnterpriseSchedule> schedules)
    {
        int u = 0, v = 0, d = 0;
        foreach (var s in schedules)
        {
            u += s.Unplaced.Count;
            v += s.VisitCount;
            d += s.DepartmentVisits(ci);
        }
        return (u, v, d);
    }

    /// <summary>Lexicographic quality key: fewer unplaced, then fewer visits, then fewer department-visits.</summary>
    public (int Unplaced, int Visits, int DepartmentVisits) Quality(CompiledInstance ci) =>
        (Unplaced.Count, VisitCount, DepartmentVisits(ci));
}

using Scheduler.Solver.Compilation;

namespace Scheduler.Solver.Scheduling;

/// <summary>Rules 4 and 5 of the spec for one visit: departments per visit, standalone needs, on-site minutes per department share.</summary>
internal static class VisitRules
{
    /// <summary>True when a visit serving exactly <paramref name="needs"/> respects the rules.</summary>
    public static bool Holds(CompiledInstance ci, IReadOnlyCollection<int> needs)
    {
        var departments = needs.Select(n => ci.Needs[n].Department).Distinct().ToList();
        if (departments.Count > ci.MaxDepartmentsPerVisit) return false;
        if (departments.Count > 1 && needs.Any(n => ci.Needs[n].Standalone)) return false;
        foreach (var d in departments)
        {
            int minutes = needs.Where(n => ci.Needs[n].Department == d)
                .SelectMany(n => ci.Needs[n].Items).Distinct().Sum(i => ci.ItemMinutes[i]);
            if (minutes > ci.MaxVisitMinutes) return false;
        }
        return needs.Count == needs.Distinct().Count();
    }

    /// <summary>Whether <paramref name="need"/> may have an occurrence in <paramref name="month"/> given its other occurrences.</summary>
    public static bool GapAllows(CompiledNeed need, int month, IEnumerable<int> otherMonths) =>
        MonthSet.Contains(need.MonthMask, month) && otherMonths.All(m => Math.Abs(m - month) >= need.Gap);
}

namespace Scheduler.Solver.Explaining;

/// <summary>The rules an explanation names (PROBLEM.md §1–2), as stable codes for files and tests.</summary>
public static class RuleNames
{
    /// <summary>A need's occurrences lie in distinct visits (timesPerYear; §2 rule 3).</summary>
    public const string Frequency = "frequency";

    /// <summary>The months two needs allow (and the enterprise is open) do not meet (§2 rule 2).</summary>
    public const string Windows = "windows";

    /// <summary>Occurrences of a need lie at least minGapMonths apart (§2 rule 3).</summary>
    public const string Gap = "gap";

    /// <summary>The credit tier caps the enterprise's visits in the year (§2 rule 7).</summary>
    public const string TierCap = "tierCap";

    /// <summary>A department's share of a visit fits maxVisitMinutes (§2 rule 5).</summary>
    public const string Minutes = "minutes";

    /// <summary>A visit carries at most maxDepartmentsPerVisit departments (§2 rule 4).</summary>
    public const string Departments = "departments";

    /// <summary>A visit holding a standalone need carries its department only (§2 rule 4).</summary>
    public const string Standalone = "standalone";

    /// <summary>A department-month capacity cell is full (§2 rule 6).</summary>
    public const string Capacity = "capacity";

    /// <summary>The month is history in a replan.</summary>
    public const string Past = "past";

    /// <summary>The monthly plan found no team for the visit (§3; officers, joint days, day length).</summary>
    public const string Staff = "staff";

    /// <summary>No rule forbids it: the planner did not find the better plan.</summary>
    public const string NotFound = "notFound";
}

namespace Scheduler.Solver.Staffing;

/// <summary>Where a staffing what-if's year came from (<see cref="StaffingAlternative.Source"/>).</summary>
public static class StaffingSources
{
    /// <summary>The current year, its sibling visits merged back where the added officers let a team carry them.</summary>
    public const string Merged = "merged";

    /// <summary>The staffed year planned again with the added officers.</summary>
    public const string Replanned = "replanned";
}

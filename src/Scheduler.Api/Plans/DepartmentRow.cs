namespace Scheduler.Api.Plans;

/// <summary>
/// One department in the merged plan against the status quo: <see cref="StatusQuo"/> is its share of the spec's
/// separateVisits (Σ over enterprises of the most timesPerYear of its needs there), <see cref="Visits"/> the plan's
/// visits that include it, <see cref="JointVisits"/> those of two or more departments.
/// </summary>
public sealed record DepartmentRow(string Department, string Name, int Needs, int Occurrences, int StatusQuo, int Visits, int JointVisits, int Unassigned)
{
    /// <summary>Share of its visits made jointly, 0 when it has none.</summary>
    public double JointShare => Visits == 0 ? 0 : (double)JointVisits / Visits;
}

namespace Scheduler.Api.Province;

/// <summary>
/// One county's plan year as the province compares it: its register and submissions, and the figures of its newest
/// succeeded solve run (null where the county has no register or no such run), each against the province's targets.
/// </summary>
public sealed record CountyFigures
{
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>The county's API root, /api/counties/{code}.</summary>
    public required string Api { get; init; }

    /// <summary>Enterprises in the year's current register; null when the county has no register for the year.</summary>
    public int? Enterprises { get; init; }

    /// <summary>Departments in the year's current register (0 without a register).</summary>
    public int Departments { get; init; }

    /// <summary>Departments of the register that submitted needs for the year.</summary>
    public int Submitted { get; init; }

    /// <summary>Of those, how many first submitted by the province's needs deadline (end of that day, China time); null without a deadline or a register.</summary>
    public int? SubmittedOnTime { get; init; }

    /// <summary>The newest succeeded solve run of the year, or null.</summary>
    public long? Run { get; init; }

    /// <summary>The run's annual plan through the county's routes (add ?format=xlsx for the workbook); null without a run.</summary>
    public string? Plan { get; init; }

    /// <summary>Visits of the plan.</summary>
    public int? Visits { get; init; }

    /// <summary>The visits the departments would make separately (the spec's separateVisits, the status quo).</summary>
    public int? SeparateVisits { get; init; }

    /// <summary>SeparateVisits − Visits.</summary>
    public int? Saved { get; init; }

    /// <summary>The cut in checks: Saved / SeparateVisits.</summary>
    public double? ChecksCut { get; init; }

    /// <summary>The spec's jointRate: the share of department-visits made inside visits of two or more departments.</summary>
    public double? JointRate { get; init; }

    /// <summary>Department-visits of the plan (Σ over visits of its departments): the weight of its joint rate in the totals.</summary>
    public int? DepartmentVisits { get; init; }

    /// <summary>The bound the gap is measured to: the per-enterprise bound when the planner proved it, else the spec's lowerBound.</summary>
    public int? Bound { get; init; }

    /// <summary>"perEnterprise" or "lower": which bound <see cref="Bound"/> is.</summary>
    public string? BoundKind { get; init; }

    /// <summary>Visits / Bound − 1 (null when the bound is 0).</summary>
    public double? Gap { get; init; }

    /// <summary>Occurrences the annual plan left unassigned.</summary>
    public int? Unassigned { get; init; }

    /// <summary>Visits the months left without a team-day (null until the run's twelve months are planned).</summary>
    public int? Unscheduled { get; init; }

    /// <summary>Visits above the unconstrained optimum: what the county's staff costs (staffed runs with their months; else null).</summary>
    public int? StaffingPrice { get; init; }

    /// <summary>
    /// The departments whose officers are full on the joint weekdays (95% or more of the team-days they could make), where
    /// the staffing price is paid and more officers buy the most; null for runs without the table (not staffed, or older).
    /// </summary>
    public IReadOnlyList<string>? FullDepartments { get; init; }

    /// <summary>
    /// The departments the county's left-out visits wait for (officers short for them), most visits first; empty when none
    /// is left out for want of officers; null for runs without the reasons (not staffed, or older). A team of these is what
    /// lowers the visits left out.
    /// </summary>
    public IReadOnlyList<string>? LeftOutWaitsFor { get; init; }

    /// <summary>
    /// The best change of the run's newest finished staffing what-if (增员测算), in the spec's order among those better than
    /// the staff as it stands (left out first, then visits), as the what-if names it (<c>JTYS:2+Thursday</c>); null when the
    /// run has no finished what-if or no change in it was better.
    /// </summary>
    public string? BestChange { get; init; }

    /// <summary>The visits of <see cref="BestChange"/>'s year.</summary>
    public int? BestChangeVisits { get; init; }

    /// <summary>The visits <see cref="BestChange"/>'s year leaves out (unassigned plus unscheduled).</summary>
    public int? BestChangeLeftOut { get; init; }

    /// <summary>The staffing price that what-if sought (percent of the per-enterprise bound, nothing left out); null when it sought none.</summary>
    public double? StaffingGoal { get; init; }

    /// <summary>The change of that what-if meeting <see cref="StaffingGoal"/> with the fewest officers; null when none does or no goal was sought.</summary>
    public string? StaffingGoalMetBy { get; init; }

    /// <summary>Whether the joint rate reaches the province's target; null without a target or a run.</summary>
    public bool? JointRateMet { get; init; }

    /// <summary>Whether the cut in checks reaches the province's target; null without a target or a run.</summary>
    public bool? ChecksCutMet { get; init; }

    /// <summary>Whether every department of the register submitted by the deadline; null without a deadline or a register.</summary>
    public bool? SubmissionsMet { get; init; }
}

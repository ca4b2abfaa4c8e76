using Scheduler.Domain.Checking;
using Scheduler.Domain.Staffing;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// One staff a county could have and the year planned with it (<see cref="StaffingWhatIf"/>): the change made (officers
/// added or another joint weekday; none: the staff as it stands), the year's figures, and how it compares with the year of
/// the staff as it stands.
/// </summary>
public sealed record StaffingAlternative
{
    /// <summary>The officers added or the joint weekday; null for the staff as it stands.</summary>
    public StaffingChange? Change { get; init; }

    public required int Officers { get; init; }

    /// <summary>The year with this staff: the better of the current year merged further and the year planned again (<see cref="Source"/>).</summary>
    public required YearFigures Year { get; init; }

    /// <summary><see cref="StaffingSources.Merged"/> or <see cref="StaffingSources.Replanned"/>; null for the staff as it stands.</summary>
    public string? Source { get; init; }

    /// <summary>The year planned again with this staff, whichever was chosen; null for the staff as it stands or when cancelled.</summary>
    public YearFigures? Replanned { get; init; }

    /// <summary>
    /// Whether this year is better than the current one in the spec's order (fewer unassigned plus unscheduled, then fewer
    /// visits); null for the staff as it stands. When it is not, the county keeps its current year, which the larger
    /// staff can still carry out (adding officers never makes a plan invalid).
    /// </summary>
    public bool? Better { get; init; }

    /// <summary>Visits fewer than the current year (negative: more); 0 for the staff as it stands.</summary>
    public int FewerVisits { get; init; }

    /// <summary>Unassigned plus unscheduled visits fewer than the current year (negative: more).</summary>
    public int FewerLeftOut { get; init; }

    /// <summary><see cref="FewerVisits"/> per officer added; null for the staff as it stands and for a joint weekday.</summary>
    public double? FewerVisitsPerOfficer => Change is { AddedOfficers: > 0 and var n } ? (double)FewerVisits / n : null;

    /// <summary>
    /// The departments this year's left-out visits wait for, most visits first (<see cref="DepartmentYears.WaitedFor"/> of
    /// <see cref="Departments"/>); for a merged year, those of the current year (a merge leaves out at most the current year's visits).
    /// </summary>
    public IReadOnlyList<string> WaitedFor => DepartmentYears.WaitedFor(Departments);

    /// <summary>
    /// Where this year's price comes from, per department (<see cref="DepartmentYears.Of"/>); for a merged year, the
    /// current year's table; empty when not known. The next teams toward a goal come from it (<see cref="StaffingGoal"/>).
    /// </summary>
    public IReadOnlyList<DepartmentYear> Departments { get; init; } = [];

    /// <summary>The run of the plan that ignores the staff its year was planned from (the same for every change of a county: pass it to the next).</summary>
    public PlanResult? Unconstrained { get; init; }

    /// <summary>Whether the change was tried after the others: the best of them with teams of the departments its year still
    /// waits for (<see cref="StaffingChange.FollowUp"/>), or a step toward a goal (<see cref="StaffingGoal"/>).</summary>
    public bool FollowUp { get; init; }

    /// <summary>Unassigned plus unscheduled visits: what the spec ranks first.</summary>
    public int LeftOut => Year.Unassigned + Year.Unscheduled;
}

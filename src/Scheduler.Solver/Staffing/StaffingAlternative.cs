using Scheduler.Domain.Checking;
using Scheduler.Domain.Staffing;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// One staff a county could have and the year it gives (<see cref="StaffingWhatIf"/>): the officers added (none: the staff
/// as it stands), the year's figures, and what they save against the staff as it stands.
/// </summary>
public sealed record StaffingAlternative
{
    /// <summary>The officers added; null for the staff as it stands.</summary>
    public OfficerAddition? Addition { get; init; }

    public required int Officers { get; init; }
    public required YearFigures Year { get; init; }

    /// <summary>
    /// True when the year planned with the officers added was no better than the current one, which they can still carry
    /// out (adding officers never makes a plan invalid): the current year stands, and the addition saves nothing.
    /// </summary>
    public bool KeptCurrent { get; init; }

    /// <summary>Visits fewer than with the staff as it stands (0 for it); unassigned and unscheduled fewer likewise.</summary>
    public int FewerVisits { get; init; }
    public int FewerLeftOut { get; init; }

    /// <summary><see cref="FewerVisits"/> per officer added; null for the staff as it stands.</summary>
    public double? FewerVisitsPerOfficer => Addition is { Count: > 0 } a ? (double)FewerVisits / a.Count : null;

    /// <summary>Unassigned plus unscheduled visits: what the spec ranks first.</summary>
    public int LeftOut => Year.Unassigned + Year.Unscheduled;

    /// <summary>The year planned with the officers added, when it is better than the current one; null otherwise.</summary>
    public StaffedYear? Staffed { get; init; }
}

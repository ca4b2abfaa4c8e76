using Scheduler.Domain.Checking;
using Scheduler.Solver;
using Scheduler.Solver.Staffing;

namespace Scheduler.Cli.Reporting;

/// <summary>What `plan` reports about the whole year: its figures, the staffing loop (when it ran) and the work used.</summary>
internal sealed record YearSummary(YearFigures Figures, StaffedYear? Staffed, WorkFigures? Work, bool MonthsCut)
{
    /// <summary>Each department's part on the joint weekdays (<see cref="Domain.Staffing.DepartmentYears"/>); empty when not computed.</summary>
    public IReadOnlyList<Domain.Staffing.DepartmentYear> Departments { get; init; } = [];

    /// <summary>Unscheduled visits as a share of the plan's visits.</summary>
    public double UnscheduledShare => Figures.Visits > 0 ? (double)Figures.Unscheduled / Figures.Visits : 0;

    /// <summary>The staffing price as a share of the unconstrained optimum.</summary>
    public double? PriceShare => Figures.PerEnterpriseBound is { } b && b > 0 ? (double)Figures.StaffingPrice!.Value / b : null;

    /// <summary>True when a wall clock, not deterministic work, ended a search: the files may not replay.</summary>
    public bool CutByTimeLimit => (Work?.CutByTimeLimit ?? false) || MonthsCut;
}

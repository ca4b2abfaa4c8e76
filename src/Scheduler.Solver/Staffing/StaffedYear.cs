using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Staffing;

/// <summary>A year the county's own officers can carry out: the annual plan, its twelve months and how it got there.</summary>
public sealed record StaffedYear
{
    public required PlanResult Annual { get; init; }

    /// <summary>The twelve months, January first (fewer when cancelled).</summary>
    public required IReadOnlyList<MonthlyPlanResult> Months { get; init; }

    /// <summary>Visits of the plan that ignores the staff (the unconstrained optimum the staffing starts from).</summary>
    public int UnconstrainedVisits { get; init; }

    /// <summary>The plan that ignores the staff, the year's starting point (what <see cref="Domain.Staffing.DepartmentYears"/> counts checks taken out of).</summary>
    public Domain.Plans.AnnualPlan? Unconstrained { get; init; }

    /// <summary>
    /// The run of the plan that ignores the staff: what <see cref="StaffedYearPlanner.Plan"/> takes to plan the same needs
    /// with other officers or joint weekdays (a what-if) without solving it again; they do not change it.
    /// </summary>
    public PlanResult? UnconstrainedResult { get; init; }

    /// <summary>A lower bound on the visits staffing adds (the larger of <see cref="Domain.Staffing.StaffingCheck.PriceBound"/> and <see cref="Domain.Staffing.JointVisitBound"/>).</summary>
    public int StaffingPriceBound { get; init; }

    /// <summary>Rounds of the loop: annual fit, then the months, then limits tightened where visits were left out.</summary>
    public required IReadOnlyList<StaffRound> Rounds { get; init; }
}

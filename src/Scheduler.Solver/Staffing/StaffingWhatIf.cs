using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// What more officers buy: the staffed year planned again with officers added (<see cref="OfficerAdditions"/>), with the
/// same seed and work, against the year the staff as it stands gives: its visits and its unassigned plus unscheduled
/// visits, each fewer or more, and whether it is better in the spec's order (left out first, then visits). The current
/// year stays valid with more officers, so a county never has to take a worse one; the planner's search is not
/// monotone in the staff, so a year with more officers can trade fewer visits for a few more left out.
/// </summary>
public static class StaffingWhatIf
{
    /// <summary>The year of the staff as it stands, as an alternative to compare additions with.</summary>
    public static StaffingAlternative Current(Instance instance, StaffedYear year)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(year);
        return new StaffingAlternative { Officers = instance.Inspectors.Count, Year = FiguresOf(instance, year), Staffed = year };
    }

    /// <summary>The year with <paramref name="addition"/>'s officers added, planned with the same options as <paramref name="current"/>'s.</summary>
    public static StaffingAlternative With(Instance instance, StaffingAlternative current, OfficerAddition addition,
        PlannerOptions options, MonthlyPlannerOptions monthOptions, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(addition);
        var problems = OfficerAdditions.Problems(instance, [addition]);
        if (problems.Count > 0) throw new ArgumentException(problems[0], nameof(addition));
        var added = OfficerAdditions.Apply(instance, [addition]);
        var year = new StaffedYearPlanner().Plan(added, options, monthOptions, progress, cancellationToken);
        var figures = FiguresOf(added, year);
        var leftOut = figures.Unassigned + figures.Unscheduled;
        return new StaffingAlternative
        {
            Addition = addition,
            Officers = added.Inspectors.Count,
            Year = figures,
            Better = year.Months.Count == 12 && (leftOut, figures.Visits).CompareTo((current.LeftOut, current.Year.Visits)) < 0,
            FewerVisits = current.Year.Visits - figures.Visits,
            FewerLeftOut = current.LeftOut - leftOut,
            Staffed = year,
        };
    }

    private static YearFigures FiguresOf(Instance instance, StaffedYear year)
    {
        var annual = PlanChecker.Check(instance, year.Annual.Plan).Figures;
        return YearFigures.Of(annual, year.Annual.PerEnterpriseBound, year.Months.Select(m => m.Plan).ToList(), year.Months.Select(m => m.Figures).ToList());
    }
}

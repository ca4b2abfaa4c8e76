using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// What more officers buy: the staffed year planned again with officers added (<see cref="OfficerAdditions"/>), against the
/// year the staff as it stands gives. The current year stays valid with more officers, so an addition is credited with the
/// better of the two (fewest unassigned plus unscheduled, then fewest visits, the spec's order): it never costs visits,
/// and what it saves is what the planner found with it, measured with the same seed and work.
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
        var better = year.Months.Count == 12 && (figures.Unassigned + figures.Unscheduled, figures.Visits).CompareTo((current.LeftOut, current.Year.Visits)) < 0;
        var chosen = better ? figures : current.Year;
        return new StaffingAlternative
        {
            Addition = addition,
            Officers = added.Inspectors.Count,
            Year = chosen,
            KeptCurrent = !better,
            FewerVisits = current.Year.Visits - chosen.Visits,
            FewerLeftOut = current.LeftOut - (chosen.Unassigned + chosen.Unscheduled),
            Staffed = better ? year : null,
        };
    }

    private static YearFigures FiguresOf(Instance instance, StaffedYear year)
    {
        var annual = PlanChecker.Check(instance, year.Annual.Plan).Figures;
        return YearFigures.Of(annual, year.Annual.PerEnterpriseBound, year.Months.Select(m => m.Plan).ToList(), year.Months.Select(m => m.Figures).ToList());
    }
}

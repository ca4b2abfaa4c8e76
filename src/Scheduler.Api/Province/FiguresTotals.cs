namespace Scheduler.Api.Province;

/// <summary>
/// The province's totals over its counties: sums over the counties, rates recomputed from the sums (the joint rate
/// weighted by department-visits, the cut as Σ saved / Σ separate visits, the gap as Σ visits / Σ bound − 1), and how
/// many counties meet each target. Plan figures count the counties with a run only.
/// </summary>
public sealed record FiguresTotals
{
    public int Counties { get; init; }

    /// <summary>Counties with a succeeded run of the year.</summary>
    public int Planned { get; init; }

    public int Enterprises { get; init; }
    public int Departments { get; init; }
    public int Submitted { get; init; }
    public int? SubmittedOnTime { get; init; }
    public int Visits { get; init; }
    public int SeparateVisits { get; init; }
    public int Saved { get; init; }
    public double? ChecksCut { get; init; }
    public double? JointRate { get; init; }
    public int Bound { get; init; }
    public double? Gap { get; init; }
    public int Unassigned { get; init; }
    public int Unscheduled { get; init; }

    /// <summary>Σ of the counties' staffing prices (visits above their unconstrained optima), over the counties that have one.</summary>
    public int StaffingPrice { get; init; }

    /// <summary>Counties whose latest finished staffing what-if sought a price (<see cref="CountyFigures.StaffingGoal"/>), and of them those it found a change for.</summary>
    public int StaffingGoalSought { get; init; }
    public int StaffingGoalMet { get; init; }

    /// <summary>Counties meeting the joint-rate target, the checks-cut target and the deadline (null without the target).</summary>
    public int? JointRateMet { get; init; }
    public int? ChecksCutMet { get; init; }
    public int? SubmissionsMet { get; init; }
}

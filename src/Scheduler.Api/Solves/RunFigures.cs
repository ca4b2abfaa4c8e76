using System.Text.Json.Serialization;
using Scheduler.Api.Shared;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Staffing;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Solves;

/// <summary>
/// A finished run's figures: every figure of <see cref="PlanFigures"/> (the spec's §2, under the same names) plus how the
/// planner ended. Stored with the run and served by GET /api/solves/{id}. Additive: when the planner's figures grow, so
/// does this record (a test checks it names every property of <see cref="PlanFigures"/>); none is removed.
/// </summary>
public sealed record RunFigures
{
    public int Unassigned { get; init; }
    public int Visits { get; init; }
    public int DepartmentVisits { get; init; }

    /// <summary>Max over capacity rows of used/capacity; the string "inf" when a zero capacity is used.</summary>
    [JsonConverter(typeof(InfinityAsInfConverter))]
    public double PeakLoad { get; init; }

    public double JointRate { get; init; }
    public int SeparateVisits { get; init; }
    public int LowerBound { get; init; }
    public int Saved { get; init; }
    public double Gap { get; init; }
    public int Occurrences { get; init; }

    /// <summary>How the annual planner ended.</summary>
    public SolveStatus Status { get; init; }

    public string Planner { get; init; } = "";

    /// <summary>The fewest visits each enterprise needs on its own, summed (capacity ignored), when the planner proved it.</summary>
    public int? PerEnterpriseBound { get; init; }

    /// <summary>Seconds the annual planner ran.</summary>
    public double ElapsedSeconds { get; init; }

    // The year's figures (annual plan and its twelve months; null until the twelve months are planned), in the spec's
    // order of quality for the year: unassigned plus unscheduled first, then visits.

    /// <summary>Visits of the annual plan the months left without a team-day, over the twelve months.</summary>
    public int? Unscheduled { get; init; }

    /// <summary>Visits above the unconstrained optimum (<see cref="PerEnterpriseBound"/>): what the county's staff costs.</summary>
    public int? StaffingPrice { get; init; }

    /// <summary>A lower bound on <see cref="StaffingPrice"/> (staffed runs only).</summary>
    public int? StaffingPriceBound { get; init; }

    /// <summary>Visits of the plan that ignores the staff, the staffed year's starting point (staffed runs only).</summary>
    public int? UnconstrainedVisits { get; init; }

    /// <summary>Σ over the months' team-days of their number of officers.</summary>
    public int? OfficerDays { get; init; }

    /// <summary>Travel of the months' team-days, hours.</summary>
    public double? TravelHours { get; init; }

    /// <summary>The officer with the most team-days in the year, and how many.</summary>
    public string? BusiestOfficer { get; init; }
    public int? BusiestOfficerDays { get; init; }

    /// <summary>A wall-clock safety net cut the annual solve or a month: the plan is valid but a re-run may differ.</summary>
    public bool CutByTimeLimit { get; init; }

    /// <summary>
    /// Each department's part on the joint weekdays (<see cref="DepartmentYears"/>): where the staffing price comes from.
    /// Null until the twelve months are planned, and for runs stored before it was counted.
    /// </summary>
    public IReadOnlyList<DepartmentYear>? Departments { get; init; }

    /// <summary>For a replan run: what it replaced and changed (null for a solve).</summary>
    public Replans.ReplanFigures? Replan { get; init; }

    /// <summary>The run's figures: the annual plan's, and the year's once all twelve months are planned.</summary>
    public static RunFigures From(PlanResult result, IReadOnlyList<MonthlyPlanResult> months, StaffedYear? staffed, Instance? instance = null)
    {
        var figures = From(result) with
        {
            StaffingPriceBound = staffed?.StaffingPriceBound,
            UnconstrainedVisits = staffed?.UnconstrainedVisits,
            CutByTimeLimit = (result.Work?.CutByTimeLimit ?? false) || months.Any(m => m.CutByTimeLimit),
        };
        if (months.Count != 12) return figures;
        var year = YearFigures.Of(result.Figures, result.PerEnterpriseBound, [.. months.Select(m => m.Plan)], [.. months.Select(m => m.Figures)]);
        return figures with
        {
            Unscheduled = year.Unscheduled,
            StaffingPrice = year.StaffingPrice,
            OfficerDays = year.OfficerDays,
            TravelHours = Math.Round(year.TravelHours, 1),
            BusiestOfficer = year.BusiestOfficer,
            BusiestOfficerDays = year.BusiestOfficer is null ? null : year.BusiestOfficerDays,
            Departments = instance is null ? null
                : [.. DepartmentYears.Of(instance, result.Plan, [.. months.Select(m => m.Plan)], staffed?.Unconstrained, MonthlyPlanResult.ShortOf(months)).Select(d => d.Rounded())],
        };
    }

    /// <summary>The annual plan's figures alone.</summary>
    public static RunFigures From(PlanResult result) => new()
    {
        Unassigned = result.Figures.Unassigned,
        Visits = result.Figures.Visits,
        DepartmentVisits = result.Figures.DepartmentVisits,
        PeakLoad = result.Figures.PeakLoad,
        JointRate = result.Figures.JointRate,
        SeparateVisits = result.Figures.SeparateVisits,
        LowerBound = result.Figures.LowerBound,
        Saved = result.Figures.Saved,
        Gap = result.Figures.Gap,
        Occurrences = result.Figures.Occurrences,
        Status = result.Status,
        Planner = result.Planner,
        PerEnterpriseBound = result.PerEnterpriseBound,
        ElapsedSeconds = Math.Round(result.Elapsed.TotalSeconds, 3),
    };
}

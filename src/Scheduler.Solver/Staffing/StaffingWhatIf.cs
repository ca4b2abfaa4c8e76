using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// What more officers or another joint weekday buy: the year of the staff as it stands against the best of two years with
/// the change made (<see cref="StaffingChange"/>), in the spec's order (left out first, then visits):
/// <list type="bullet">
/// <item>the current year with its sibling visits merged where the new officers or the new joint weekday let a team carry
/// the merged visit (<see cref="YearMerge"/>): never worse than the current year, as a merge keeps every rule and every
/// visit's team, and more officers or joint weekdays never make a plan invalid;</item>
/// <item>the staffed year planned again with the same seed and work. The planner's search is not monotone in the staff,
/// so this year can trade fewer visits for a few more left out.</item>
/// </list>
/// </summary>
public static class StaffingWhatIf
{
    /// <summary>
    /// The year of the staff as it stands, as an alternative to compare additions with; <paramref name="departments"/> its
    /// department table (<see cref="DepartmentYears.Of"/>, which the caller has printed), whose left-out visits it waits for.
    /// </summary>
    public static StaffingAlternative Current(Instance instance, StaffedYear year, IReadOnlyList<DepartmentYear> departments)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(departments);
        return new StaffingAlternative
        {
            Officers = instance.Inspectors.Count, Year = FiguresOf(instance, year), Departments = departments,
        };
    }

    /// <summary>
    /// The changes to try after <paramref name="compared"/> (the staff as it stands and the changes' years): the best change
    /// that was better than the staff as it stands and, when it is another, the best of those that add a joint weekday;
    /// each, when its year still leaves visits out, with a team each of the two departments those wait for
    /// (<see cref="StaffingChange.FollowUp"/>). None for a change whose year leaves nothing out or waits for no department,
    /// and none already compared.
    /// </summary>
    /// <remarks>Both, because the spec's order can put an officers-only change first by one visit left out: on a
    /// 1,000-enterprise county with 44 officers SCJG:2+YY:2 left 23 out (3,099 visits) and Thursday 24 (2,779); followed up,
    /// the first gave 9 left out and 2,948 visits, Thursday with SCJG:2+YJGL:2 none and 2,381.</remarks>
    public static IReadOnlyList<StaffingChange> FollowUps(IReadOnlyList<StaffingAlternative> compared)
    {
        ArgumentNullException.ThrowIfNull(compared);
        var better = compared.Where(a => a.Change is not null && a.Better == true).OrderBy(a => Key(a.Year)).ToList();
        var bases = better.Take(1).Concat(better.Where(a => a.Change!.JointWeekday is not null).Take(1)).Distinct();
        var next = new List<StaffingChange>();
        foreach (var best in bases)
        {
            if (best.LeftOut == 0 || StaffingChange.FollowUp(best.Change!, best.WaitedFor) is not { } change) continue;
            if (compared.Any(a => change.Equals(a.Change)) || next.Contains(change)) continue;
            next.Add(change);
        }
        return next;
    }
    /// <summary>
    /// The year with <paramref name="change"/> made: the better of the current year (<paramref name="plan"/> and its twelve
    /// <paramref name="months"/>) merged further with it, and the year planned again with it, from
    /// <paramref name="unconstrained"/> when given (the current year's plan that ignores the staff, or another change's: a
    /// change of officers, postings or joint weekdays leaves it as it is, so the year is the same as solved afresh).
    /// </summary>
    public static StaffingAlternative With(Instance instance, StaffingAlternative current, AnnualPlan plan, IReadOnlyList<MonthlyPlan> months,
        StaffingChange change, PlannerOptions options, MonthlyPlannerOptions monthOptions, IProgress<SolveProgress>? progress = null,
        CancellationToken cancellationToken = default, PlanResult? unconstrained = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(months);
        var problems = StaffingChange.Problems(instance, [change]);
        if (problems.Count > 0) throw new ArgumentException(problems[0], nameof(change));
        var added = change.Apply(instance);

        var merged = Merged(added, current, plan, months);
        var year = new StaffedYearPlanner().Plan(added, options, monthOptions, progress, cancellationToken, unconstrained);
        var replanned = year.Months.Count == 12 ? FiguresOf(added, year) : null;
        var useReplanned = replanned is not null && Key(replanned).CompareTo(Key(merged)) < 0;
        var chosen = useReplanned ? replanned! : merged;
        var departments = useReplanned ? DepartmentsOf(added, year) : current.Departments;
        return new StaffingAlternative
        {
            Change = change,
            Officers = added.Inspectors.Count,
            Year = chosen,
            Source = useReplanned ? StaffingSources.Replanned : StaffingSources.Merged,
            Better = Key(chosen).CompareTo(Key(current.Year)) < 0,
            FewerVisits = current.Year.Visits - chosen.Visits,
            FewerLeftOut = current.LeftOut - (chosen.Unassigned + chosen.Unscheduled),
            Replanned = replanned,
            Departments = departments,
            Unconstrained = year.UnconstrainedResult,
        };
    }

    private static IReadOnlyList<DepartmentYear> DepartmentsOf(Instance instance, StaffedYear year) =>
        year.Months.Count == 0 ? [] : DepartmentYears.Of(instance, year.Annual.Plan, [.. year.Months.Select(m => m.Plan)], year.Unconstrained, MonthlyPlanResult.ShortOf(year.Months));

    /// <summary>The current year with its sibling visits merged back where the change lets a team carry them (as the planner's last step).</summary>
    private static YearFigures Merged(Instance added, StaffingAlternative current, AnnualPlan plan, IReadOnlyList<MonthlyPlan> months)
    {
        if (months.Count != 12) return current.Year;
        var check = MonthlyPlanChecker.Check(added, plan, months);
        if (!check.Valid) return current.Year;
        var results = months.Select((m, i) => new MonthlyPlanResult { Plan = m, Figures = check.Months[i] }).ToList();
        if (YearMerge.RunPasses(new CompiledInstance(added), plan, results) is not { } merged) return current.Year;
        return YearFigures.Of(merged.Figures, current.Year.PerEnterpriseBound, merged.Months.Select(r => r.Plan).ToList(), merged.Months.Select(r => r.Figures).ToList());
    }

    /// <summary>The spec's order of two years: left out (unassigned plus unscheduled) first, then visits.</summary>
    internal static (int LeftOut, int Visits) Key(YearFigures y) => (y.Unassigned + y.Unscheduled, y.Visits);

    private static YearFigures FiguresOf(Instance instance, StaffedYear year)
    {
        var annual = PlanChecker.Check(instance, year.Annual.Plan).Figures;
        return YearFigures.Of(annual, year.Annual.PerEnterpriseBound, year.Months.Select(m => m.Plan).ToList(), year.Months.Select(m => m.Figures).ToList());
    }
}

using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;

namespace Scheduler.Cli.Reporting;

/// <summary>What a command reports about a year of monthly plans: the plans, their checked figures and every violation.</summary>
internal sealed record MonthsSummary(IReadOnlyList<MonthlyPlan> Plans, IReadOnlyList<MonthFigures> Figures, IReadOnlyList<string> Violations)
{
    public bool Valid => Violations.Count == 0;

    /// <summary>For each visit left out for want of officers, the departments that ran short (<see cref="MonthlyPlanResult.ShortOf"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ShortOf { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Checks the planner's months together (an inspector's dates are tracked across them), as `validate` would.</summary>
    public static MonthsSummary Check(Instance instance, AnnualPlan annual, IReadOnlyList<MonthlyPlanResult> results)
    {
        var plans = results.Select(r => r.Plan).ToList();
        var report = MonthlyPlanChecker.Check(instance, annual, plans);
        return new MonthsSummary(plans, report.Months, report.Violations) { ShortOf = MonthlyPlanResult.ShortOf(results) };
    }
}

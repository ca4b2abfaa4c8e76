using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Checking;

/// <summary>
/// Checks monthly plans against rules 1–6 of ../shared/spec/PROBLEM.md §3, reading them the way
/// ../shared/tools/validate_plan.py does, and computes each month's figures. An inspector's dates are
/// tracked across all the given months. The annual plan itself is not checked here: see <see cref="PlanChecker"/>.
/// </summary>
public static class MonthlyPlanChecker
{
    public static MonthlyCheckReport Check(Instance instance, AnnualPlan plan, IReadOnlyList<MonthlyPlan> months)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(months);
        var run = new MonthlyCheckRun(instance, plan, WorkCalendar.For(instance));
        var figures = months.Select(run.CheckMonth).ToList();
        return new MonthlyCheckReport(run.Violations, figures);
    }
}

using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Checking;

/// <summary>
/// Checks an annual plan against validity rules 1–8 of ../shared/spec/PROBLEM.md §2 and computes its figures,
/// reading the plan the way ../shared/tools/validate_plan.py does (same violations, same figures).
/// </summary>
/// <remarks>Linear in instance plus plan size. Figures are computed for invalid plans too.</remarks>
public static class PlanChecker
{
    public static PlanCheckReport Check(Instance instance, AnnualPlan plan)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        var run = new AnnualCheckRun(instance, plan);
        run.CheckInstanceNeeds();
        run.CheckVisits();
        var unassigned = plan.Unassigned ?? [];
        run.CheckUnassigned(unassigned);
        run.CheckOccurrencesAndGaps();
        var peakLoad = run.CheckCapacities();
        run.CheckTierCaps();
        return new PlanCheckReport(run.Violations, run.Figures(unassigned.Count, peakLoad));
    }
}

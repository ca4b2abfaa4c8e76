using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Checking;

/// <summary>Checks an annual plan against validity rules 1–8 of ../shared/spec/PROBLEM.md §2 and computes its figures.</summary>
public static class PlanChecker
{
    public static PlanCheckReport Check(Instance instance, AnnualPlan plan) => throw new NotImplementedException();
}

using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Tests.Support;

/// <summary>Assertions shared by the planner tests.</summary>
public static class PlanAssert
{
    /// <summary>The plan satisfies rules 1–8 by <see cref="ReferenceRules"/> and Domain's PlanChecker agrees.</summary>
    public static void Valid(Instance instance, AnnualPlan plan)
    {
        var ours = ReferenceRules.All(instance, plan);
        Assert.True(ours.Count == 0, "reference rules: " + string.Join("; ", ours) + Describe(plan));
        var report = PlanChecker.Check(instance, plan);
        Assert.True(report.Valid, "PlanChecker: " + string.Join("; ", report.Violations) + Describe(plan));
    }

    /// <summary>A one-line picture of a plan for failure messages: V1@3[N1#1,N2#1] ... | unassigned N3#2.</summary>
    public static string Describe(AnnualPlan plan) =>
        "\n  plan: " + string.Join(" ", plan.Visits.Select(v =>
            $"{v.Id}:{v.Enterprise}@{v.Month}[{string.Join(",", v.Tasks.Select(t => $"{t.Need}#{t.Occurrence}"))}]"))
        + (plan.Unassigned.Count == 0 ? "" : " | unassigned " + string.Join(", ", plan.Unassigned.Select(u => $"{u.Need}#{u.Occurrence} ({u.Reason})")));
}

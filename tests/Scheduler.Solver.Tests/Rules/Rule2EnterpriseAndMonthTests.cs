using Scheduler.Domain.Model;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Rules;

/// <summary>Rule 2: a task's need is of the visit's enterprise; its month is allowed by the need and the enterprise is open.</summary>
public sealed class Rule2EnterpriseAndMonthTests
{
    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_KeepsAllowedOpenMonthsAndOwnEnterprise_WhenMonthsAreRestricted(PlannerKind kind)
    {
        // E1 is closed in May, so N1's two occurrences must take April and June.
        var instance = TinyInstance.Create()
            .Enterprise("E1", closedMonths: [5])
            .Need("N1", "D1", times: 2, months: [4, 5, 6])
            .Need("N2", "D2", enterprise: "E2", months: [5])
            .Need("N3", "D1", enterprise: "E2", months: [5, 9])
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Empty(ReferenceRules.Rule2EnterpriseAndMonths(instance, plan));
        Assert.Equal([4, 6], PlanView.MonthsOf(plan, "N1"));
        Assert.Equal([5], PlanView.MonthsOf(plan, "N2"));
        Assert.All(plan.Visits, v => Assert.NotEqual(("E1", 5), (v.Enterprise, v.Month)));
        Assert.Empty(plan.Unassigned);
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_LeavesOccurrenceUnassignedWithReason_WhenEveryAllowedMonthIsClosed(PlannerKind kind)
    {
        var instance = TinyInstance.Create()
            .Enterprise("E1", CreditTiers.Red, closedMonths: [7, 8])
            .Need("N1", "D1", months: [7, 8])
            .Need("N2", "D2", months: [8, 9])
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        var unassigned = Assert.Single(plan.Unassigned);
        Assert.Equal("N1", unassigned.Need);
        Assert.False(string.IsNullOrWhiteSpace(unassigned.Reason));
        Assert.Equal([9], PlanView.MonthsOf(plan, "N2"));
        Assert.Empty(ReferenceRules.Rule2EnterpriseAndMonths(instance, plan));
    }
}

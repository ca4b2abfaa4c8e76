using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Rules;

/// <summary>
/// Rule 5: a department's share is the minutes of its distinct items; departments work side by side,
/// so a visit lasts its longest share, at most maxVisitMinutes.
/// </summary>
public sealed class Rule5VisitMinutesTests
{
    [Fact]
    public void Optimized_SharesOneVisit_WhenTwoDepartmentsWorkSideBySide()
    {
        // 150 + 150 in two departments: the visit lasts 150 ≤ 240.
        var instance = TinyInstance.Create().Need("N1", "D1", minutes: 150).Need("N2", "D2", minutes: 150).Build();

        var plan = Planning.RunValid(PlannerKind.Optimized, instance).Plan;

        var visit = Assert.Single(plan.Visits);
        Assert.Equal(150, PlanView.MinutesOf(instance, visit));
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_SplitsOneDepartmentsNeeds_WhenTheirMinutesAddUpOverTheLimit(PlannerKind kind)
    {
        // 150 + 150 in one department would last 300 > 240.
        var instance = TinyInstance.Create().Need("N1", "D1", minutes: 150).Need("N2", "D1", minutes: 150).Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Equal(2, plan.Visits.Count);
        Assert.Empty(ReferenceRules.Rule5VisitMinutes(instance, plan));
        Assert.All(plan.Visits, v => Assert.Equal(150, PlanView.MinutesOf(instance, v)));
    }

    [Fact]
    public void Optimized_CountsASharedItemOnce_WhenTwoNeedsOfOneDepartmentShareIt()
    {
        // N1 = I1 + I2 (200), N2 = I1 + I3 (140); together I1 + I2 + I3 = 240, not 340.
        var instance = TinyInstance.Create()
            .Item("I1", "D1", 100)
            .Item("I2", "D1", 100)
            .Item("I3", "D1", 40)
            .Need("N1", "D1", items: ["I1", "I2"])
            .Need("N2", "D1", items: ["I1", "I3"])
            .Build();

        var plan = Planning.RunValid(PlannerKind.Optimized, instance).Plan;

        var visit = Assert.Single(plan.Visits);
        Assert.Equal(240, PlanView.MinutesOf(instance, visit));
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_StaysWithinTheLimit_WhenTheLimitIsLowered(PlannerKind kind)
    {
        var instance = TinyInstance.Create()
            .MaxMinutes(90)
            .Need("N1", "D1", minutes: 60)
            .Need("N2", "D1", minutes: 40)
            .Need("N3", "D2", minutes: 90)
            .Need("N4", "D3", minutes: 30, times: 2)
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Empty(ReferenceRules.Rule5VisitMinutes(instance, plan));
        Assert.All(plan.Visits, v => Assert.InRange(PlanView.MinutesOf(instance, v), 1, 90));
        Assert.Empty(plan.Unassigned);
    }
}

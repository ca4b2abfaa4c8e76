using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Rules;

/// <summary>Rule 6: per capacity row, the month's visits that include the department are at most its visits.</summary>
public sealed class Rule6CapacityTests
{
    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_MovesToAnotherMonth_WhenCapacityIsZeroInOne(PlannerKind kind)
    {
        var instance = TinyInstance.Create().Need("N1", "D1", months: [3, 4]).Capacity("D1", 3, 0).Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Empty(ReferenceRules.Rule6Capacity(instance, plan));
        Assert.Equal([4], PlanView.MonthsOf(plan, "N1"));
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_LeavesOccurrenceUnassignedWithReason_WhenNoAllowedMonthHasCapacity(PlannerKind kind)
    {
        var instance = TinyInstance.Create()
            .Need("N1", "D1", months: [3, 4])
            .Need("N2", "D2", months: [3])
            .Capacity("D1", 3, 0)
            .Capacity("D1", 4, 0)
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        var unassigned = Assert.Single(plan.Unassigned);
        Assert.Equal(("N1", 1), (unassigned.Need, unassigned.Occurrence));
        Assert.False(string.IsNullOrWhiteSpace(unassigned.Reason));
        Assert.Equal([3], PlanView.MonthsOf(plan, "N2"));
        Assert.Empty(ReferenceRules.Rule6Capacity(instance, plan));
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_SpreadsEnterprisesOverMonths_WhenEachMonthTakesOneVisit(PlannerKind kind)
    {
        var instance = TinyInstance.Create()
            .Need("N1", "D1", enterprise: "E1", months: [5, 6])
            .Need("N2", "D1", enterprise: "E2", months: [5, 6])
            .Capacity("D1", 5, 1)
            .Capacity("D1", 6, 1)
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Empty(ReferenceRules.Rule6Capacity(instance, plan));
        Assert.Empty(plan.Unassigned);
        Assert.Equal([5, 6], plan.Visits.Select(v => v.Month).Order());
    }

    [Fact]
    public void Optimized_GivesUpAMergeRatherThanAnOccurrence_WhenCapacityForcesIt()
    {
        // D1 has one visit in May. E2's N3 can only take May, so E1's N1 must go to June,
        // apart from N2 (May only): 3 visits with nothing unassigned beat 2 visits with N3 unassigned.
        var instance = TinyInstance.Create()
            .Need("N1", "D1", enterprise: "E1", months: [5, 6])
            .Need("N2", "D2", enterprise: "E1", months: [5])
            .Need("N3", "D1", enterprise: "E2", months: [5])
            .Capacity("D1", 5, 1)
            .Build();

        var result = Planning.RunValid(PlannerKind.Optimized, instance);

        Assert.Empty(result.Plan.Unassigned);
        Assert.Equal(3, result.Plan.Visits.Count);
        Assert.Equal([6], PlanView.MonthsOf(result.Plan, "N1"));
    }
}

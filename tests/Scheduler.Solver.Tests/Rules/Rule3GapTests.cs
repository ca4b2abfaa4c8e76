using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Rules;

/// <summary>Rule 3: occurrences of one need lie in distinct visits, consecutive ones at least minGapMonths apart, no wrap-around.</summary>
public sealed class Rule3GapTests
{
    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_SpacesOccurrencesByTheGap_WhenOnlyOneSpacingFits(PlannerKind kind)
    {
        // Three occurrences, gap 3, months 1–7: only 1, 4, 7 works.
        var instance = TinyInstance.Create().Need("N1", "D1", times: 3, gap: 3, months: [1, 2, 3, 4, 5, 6, 7]).Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Empty(ReferenceRules.Rule3DistinctVisitsAndGap(instance, plan));
        Assert.Equal([1, 4, 7], PlanView.MonthsOf(plan, "N1"));
        Assert.Equal(3, PlanView.VisitsOf(plan, "N1").Select(v => v.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_LeavesOneOccurrenceUnassigned_WhenTheMonthsAreCloserThanTheGap(PlannerKind kind)
    {
        var instance = TinyInstance.Create().Need("N1", "D1", times: 2, gap: 3, months: [1, 2]).Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Single(PlanView.VisitsOf(plan, "N1"));
        var unassigned = Assert.Single(plan.Unassigned);
        Assert.False(string.IsNullOrWhiteSpace(unassigned.Reason));
        Assert.Empty(ReferenceRules.Rule3DistinctVisitsAndGap(instance, plan));
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_PlacesJanuaryAndDecember_WhenGapIsMeasuredWithoutWrapAround(PlannerKind kind)
    {
        // December to January is one month only with wrap-around; within the year they are eleven apart.
        var instance = TinyInstance.Create().Need("N1", "D1", times: 2, gap: 3, months: [1, 12]).Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Equal([1, 12], PlanView.MonthsOf(plan, "N1"));
        Assert.Empty(plan.Unassigned);
    }

    [Fact]
    public void Optimized_MergesBothOccurrences_WhenAGapIsCompatibleWithAnotherNeedsMonths()
    {
        // N1 may go anywhere 3 apart; N2 is fixed to February and May. Merging both needs 2 visits.
        var instance = TinyInstance.Create()
            .Need("N1", "D1", times: 2, gap: 3)
            .Need("N2", "D2", times: 2, months: [2, 5])
            .Build();

        var plan = Planning.RunValid(PlannerKind.Optimized, instance).Plan;

        Assert.Equal(2, plan.Visits.Count);
        Assert.Equal([2, 5], PlanView.MonthsOf(plan, "N1"));
        Assert.Empty(ReferenceRules.Rule3DistinctVisitsAndGap(instance, plan));
    }
}

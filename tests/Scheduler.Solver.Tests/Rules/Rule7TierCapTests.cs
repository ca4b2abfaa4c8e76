using Scheduler.Domain.Model;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Rules;

/// <summary>Rule 7: an enterprise has at most its credit tier's cap of visits a year ("无事不扰").</summary>
public sealed class Rule7TierCapTests
{
    [Theory]
    [MemberData(nameof(Planning.MergingKinds), MemberType = typeof(Planning))]
    public void Plan_MergesIntoOneVisit_WhenGreenCapIsOneAndNeedsCanMerge(PlannerKind kind)
    {
        var instance = TinyInstance.Create()
            .TierCap(CreditTiers.Green, 1)
            .Enterprise("E1", CreditTiers.Green)
            .Need("N1", "D1")
            .Need("N2", "D2")
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        var visit = Assert.Single(plan.Visits);
        Assert.Equal(2, visit.Tasks.Count);
        Assert.Empty(plan.Unassigned);
    }

    [Fact]
    public void Optimized_MergesInTheOnlyCommonMonth_WhenGreenCapIsOne()
    {
        var instance = TinyInstance.Create()
            .TierCap(CreditTiers.Green, 1)
            .Enterprise("E1", CreditTiers.Green)
            .Need("N1", "D1", months: [3, 4, 5])
            .Need("N2", "D2", months: [5, 6])
            .Build();

        var plan = Planning.RunValid(PlannerKind.Optimized, instance).Plan;

        var visit = Assert.Single(plan.Visits);
        Assert.Equal(5, visit.Month);
        Assert.Empty(plan.Unassigned);
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_LeavesOneOccurrenceUnassignedNamingTheCap_WhenGreenNeedsHaveDisjointMonths(PlannerKind kind)
    {
        var instance = TinyInstance.Create()
            .TierCap(CreditTiers.Green, 1)
            .Enterprise("E1", CreditTiers.Green)
            .Need("N1", "D1", months: [3])
            .Need("N2", "D2", months: [9])
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Empty(ReferenceRules.Rule7TierCap(instance, plan));
        Assert.Single(plan.Visits);
        var unassigned = Assert.Single(plan.Unassigned);
        Assert.True(MentionsCap(unassigned.Reason), $"reason should name the yearly cap: '{unassigned.Reason}'");
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_CapsOnlyTheCappedTier_WhenAnotherTierHasNoCap(PlannerKind kind)
    {
        var instance = TinyInstance.Create()
            .TierCap(CreditTiers.Green, 2)
            .TierCap(CreditTiers.Red, null)
            .Enterprise("E1", CreditTiers.Green)
            .Enterprise("E2", CreditTiers.Red)
            .Need("N1", "D1", enterprise: "E1", times: 3)
            .Need("N2", "D1", enterprise: "E2", times: 3)
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Empty(ReferenceRules.Rule7TierCap(instance, plan));
        Assert.Equal(2, plan.Visits.Count(v => v.Enterprise == "E1"));
        Assert.Equal(3, plan.Visits.Count(v => v.Enterprise == "E2"));
        var unassigned = Assert.Single(plan.Unassigned);
        Assert.Equal("N1", unassigned.Need);
        Assert.True(MentionsCap(unassigned.Reason), $"reason should name the yearly cap: '{unassigned.Reason}'");
    }

    private static bool MentionsCap(string reason) =>
        new[] { "cap", "at most", "green", "无事不扰" }.Any(w => reason.Contains(w, StringComparison.OrdinalIgnoreCase));
}

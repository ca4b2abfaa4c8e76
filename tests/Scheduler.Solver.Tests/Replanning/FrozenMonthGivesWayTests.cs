using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Solver.Replanning;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>
/// The frozen month gives way where a change forces it (docs/replanning.md): a published visit takes a new check of a
/// department already on it when nothing else can hold the check, and another enterprise's published joint visit gives up
/// a department's check to make room in that department's capacity. Neither happens where it places nothing.
/// </summary>
public sealed class FrozenMonthGivesWayTests
{
    private const int From = 6;

    private static readonly PlannerOptions Options = new() { Work = 2, Seed = 1 };

    /// <summary>A green enterprise capped at one visit a year, its one visit published in June.</summary>
    private static TinyInstance Capped() => TinyInstance.Create()
        .Enterprise("E1", CreditTiers.Green)
        .TierCap(CreditTiers.Green, 1)
        .Need("N1", "D1", "E1", months: [6]);

    private static readonly Domain.Plans.AnnualPlan CappedPlan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 6, "N1#1")).Build();

    [Fact]
    public void Replan_AddsANewCheckToThePublishedVisit_WhenTheTierCapLeavesNoOtherVisit()
    {
        var changed = Capped().Need("N9", "D1", "E1", months: [6, 7, 8]).Build();

        var result = Replanner.Replan(changed, CappedPlan, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Empty(plan.Unassigned);
        var visit = Assert.Single(plan.Visits);
        Assert.Equal(("V1", 6), (visit.Id, visit.Month));
        Assert.Equal(["N1", "N9"], visit.Tasks.Select(t => t.Need).Order(StringComparer.Ordinal));
        Assert.True(result.FrozenChanged >= 1, $"the changed published visit is counted (FrozenChanged {result.FrozenChanged})");
    }

    [Fact]
    public void Replan_KeepsThePublishedVisitsTeam_WhenTheNewCheckIsAnotherDepartments()
    {
        var changed = Capped().Need("N9", "D2", "E1", months: [6, 7, 8]).Build();

        var result = Replanner.Replan(changed, CappedPlan, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        var left = Assert.Single(plan.Unassigned);
        Assert.Equal("N9", left.Need);
        Assert.Contains("month 6 is published", left.Reason, StringComparison.Ordinal);
        var visit = Assert.Single(plan.Visits);
        Assert.Equal(("V1", 6, "N1"), (visit.Id, visit.Month, Assert.Single(visit.Tasks).Need));
    }

    /// <summary>E2's published June visit joins D1 and D2; D1 has room for one visit in June; E2's D1 check may also go in July.</summary>
    private static TinyInstance Shared(IReadOnlyList<int> e2D1Months) => TinyInstance.Create()
        .Enterprise("E1")
        .Need("N2", "D1", "E2", months: e2D1Months)
        .Need("N3", "D2", "E2", months: [6])
        .Capacity("D1", 6, 1);

    private static readonly Domain.Plans.AnnualPlan SharedPlan = TinyPlan.Of(TinyPlan.Visit("V2", "E2", 6, "N2#1", "N3#1")).Build();

    [Fact]
    public void Replan_MovesACheckOutOfAnotherEnterprisesPublishedVisit_WhenOnlyTheFrozenMonthCanHoldANewCheck()
    {
        var changed = Shared([6, 7]).Need("N1", "D1", "E1", months: [6]).Build();

        var result = Replanner.Replan(changed, SharedPlan, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Empty(plan.Unassigned);
        Assert.Equal(6, Assert.Single(plan.Visits, v => v.Enterprise == "E1").Month);
        var published = Assert.Single(plan.Visits, v => v.Id == "V2");
        Assert.Equal((6, "N3"), (published.Month, Assert.Single(published.Tasks).Need));
        Assert.Equal(7, Assert.Single(plan.Visits, v => v.Tasks.Any(t => t.Need == "N2")).Month);
        Assert.Equal(1, result.RoomFrozen);
        Assert.Contains(result.Touched["E2"], c => c.Contains("left the published month 6", StringComparison.Ordinal) && c.Contains("E1", StringComparison.Ordinal));
    }

    [Fact]
    public void Replan_LeavesAnotherEnterprisesPublishedVisitAlone_WhenItsCheckCannotMove()
    {
        var changed = Shared([6]).Need("N1", "D1", "E1", months: [6]).Build();

        var result = Replanner.Replan(changed, SharedPlan, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Equal("N1", Assert.Single(plan.Unassigned).Need);
        var published = Assert.Single(plan.Visits, v => v.Id == "V2");
        Assert.Equal(["N2", "N3"], published.Tasks.Select(t => t.Need).Order(StringComparer.Ordinal));
        Assert.Equal(0, result.RoomFrozen);
        Assert.False(result.Touched.ContainsKey("E2"));
    }
}

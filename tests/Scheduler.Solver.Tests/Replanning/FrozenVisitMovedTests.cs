using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Solver.Replanning;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>
/// The frozen month opened at a stated cost (docs/replanning.md, step 4): a published visit of the frozen month moves to a
/// later month where only that places a check — the enterprise's own visit when the tier cap leaves no other, another
/// enterprise's single-department visit when the department's capacity of the month is used up — and never where it places
/// nothing. Each move is counted and named.
/// </summary>
public sealed class FrozenVisitMovedTests
{
    private const int From = 6;

    private static readonly PlannerOptions Options = new() { Work = 2, Seed = 1 };

    /// <summary>A green enterprise capped at one visit a year, its one visit (D1) published in June.</summary>
    private static TinyInstance Capped(IReadOnlyList<int> n1Months) => TinyInstance.Create()
        .Enterprise("E1", CreditTiers.Green)
        .TierCap(CreditTiers.Green, 1)
        .Need("N1", "D1", "E1", months: n1Months);

    private static readonly Domain.Plans.AnnualPlan CappedPlan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 6, "N1#1")).Build();

    [Fact]
    public void Replan_MovesTheEnterprisesPublishedVisitToALaterMonth_WhenTheTierCapLeavesNoRoomForAnotherDepartmentsCheck()
    {
        var changed = Capped([6, 7, 8]).Need("N9", "D2", "E1", months: [6, 7, 8]).Build();

        var result = Replanner.Replan(changed, CappedPlan, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Empty(plan.Unassigned);
        var visit = Assert.Single(plan.Visits);
        Assert.True(visit.Month > From, $"the joint visit goes after the published month (month {visit.Month})");
        Assert.Equal(["N1", "N9"], visit.Tasks.Select(t => t.Need).Order(StringComparer.Ordinal));
        Assert.Equal(1, result.FrozenMoved);
        Assert.True(result.FrozenChanged >= 1, $"the moved published visit is counted (FrozenChanged {result.FrozenChanged})");
        Assert.Contains(result.Touched["E1"], c => c.Contains("V1", StringComparison.Ordinal) && c.Contains("moved to a later month", StringComparison.Ordinal));
    }

    [Fact]
    public void Replan_KeepsThePublishedVisit_WhenItsCheckHasNoLaterMonth()
    {
        var changed = Capped([6]).Need("N9", "D2", "E1", months: [6, 7, 8]).Build();

        var result = Replanner.Replan(changed, CappedPlan, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Equal("N9", Assert.Single(plan.Unassigned).Need);
        var visit = Assert.Single(plan.Visits);
        Assert.Equal(("V1", 6, "N1"), (visit.Id, visit.Month, Assert.Single(visit.Tasks).Need));
        Assert.Equal(0, result.FrozenMoved);
    }

    /// <summary>E2's published June visit serves D1 alone; D1 has room for one visit in June.</summary>
    private static TinyInstance Shared(IReadOnlyList<int> e2Months) => TinyInstance.Create()
        .Enterprise("E1")
        .Need("N2", "D1", "E2", months: e2Months)
        .Capacity("D1", 6, 1);

    private static readonly Domain.Plans.AnnualPlan SharedPlan = TinyPlan.Of(TinyPlan.Visit("V2", "E2", 6, "N2#1")).Build();

    [Fact]
    public void Replan_MovesAnotherEnterprisesPublishedSingleDepartmentVisit_WhenOnlyTheFrozenMonthCanHoldANewCheck()
    {
        var changed = Shared([6, 7]).Need("N1", "D1", "E1", months: [6]).Build();

        var result = Replanner.Replan(changed, SharedPlan, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Empty(plan.Unassigned);
        Assert.Equal(6, Assert.Single(plan.Visits, v => v.Enterprise == "E1").Month);
        Assert.Equal(7, Assert.Single(plan.Visits, v => v.Enterprise == "E2").Month);
        Assert.Equal(1, result.FrozenMoved);
        Assert.Contains(result.Touched["E2"], c => c.Contains("V2", StringComparison.Ordinal) && c.Contains("make room for E1", StringComparison.Ordinal));
    }

    [Fact]
    public void Replan_LeavesAnotherEnterprisesPublishedVisitAlone_WhenItsCheckCannotMove()
    {
        var changed = Shared([6]).Need("N1", "D1", "E1", months: [6]).Build();

        var result = Replanner.Replan(changed, SharedPlan, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Equal("N1", Assert.Single(plan.Unassigned).Need);
        var published = Assert.Single(plan.Visits);
        Assert.Equal(("V2", 6), (published.Id, published.Month));
        Assert.Equal(0, result.FrozenMoved);
        Assert.False(result.Touched.ContainsKey("E2"));
    }

    [Fact]
    public void Replan_GivesTheRoomAMovedVisitLeavesToAnEnterpriseReplannedBefore()
    {
        // E1 (green, one visit a year) gets a D2 check: its published June D1 visit moves to a later month with it, which
        // frees D1's one June visit for E2's new check, re-planned (and left out) before that room existed.
        var changed = Capped([6, 7, 8])
            .Need("N9", "D2", "E1", months: [6, 7, 8])
            .Enterprise("E2")
            .Need("N5", "D1", "E2", months: [6])
            .Capacity("D1", 6, 1)
            .Build();

        var result = Replanner.Replan(changed, CappedPlan, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Empty(plan.Unassigned);
        Assert.Equal(6, Assert.Single(plan.Visits, v => v.Enterprise == "E2").Month);
        Assert.True(Assert.Single(plan.Visits, v => v.Enterprise == "E1").Month > From);
        Assert.Equal(1, result.FrozenMoved);
    }

    [Fact]
    public void Replan_GivesTheFrozenMonthsRoomAWithdrawnCheckLeaves_ToANewCheckOnlyThatMonthHolds()
    {
        // E2's published June visit held D1's one June visit for N2, which is withdrawn (the visit stays for D2): E1's new
        // D1 check, which only June holds, gets that room, and E2's visit keeps its month.
        var changed = TinyInstance.Create()
            .Enterprise("E1")
            .Enterprise("E2")
            .Need("N1", "D1", "E1", months: [6])
            .Need("N3", "D2", "E2", months: [6])
            .Capacity("D1", 6, 1)
            .Build();
        var previous = TinyPlan.Of(TinyPlan.Visit("V2", "E2", 6, "N2#1", "N3#1")).Build();

        var result = Replanner.Replan(changed, previous, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Empty(plan.Unassigned);
        Assert.Equal(6, Assert.Single(plan.Visits, v => v.Enterprise == "E1").Month);
        var kept = Assert.Single(plan.Visits, v => v.Enterprise == "E2");
        Assert.Equal(("V2", 6, "N3"), (kept.Id, kept.Month, Assert.Single(kept.Tasks).Need));
    }
    [Fact]
    public void Replan_MovesThePublishedVisitAndMakesRoom_WhenOnlyBothTogetherPlaceANewCheck()
    {
        // E1 (green, two visits a year) has both its visits published in June: V1 (D2, D3) and V2 (D1, June only). A new D4
        // check of June or July: D4's June is held by E3 (June only) and its July by E2, whose check may go later. Neither
        // moving V1 out of June (D4's July is full) nor making room in July (E1 is at its cap) places it alone; both do.
        var changed = TinyInstance.Create()
            .Enterprise("E1", CreditTiers.Green)
            .TierCap(CreditTiers.Green, 2)
            .Need("N1", "D1", "E1", months: [6])
            .Need("N2", "D2", "E1", months: [5, 6, 7, 8, 9])
            .Need("N3", "D3", "E1", months: [5, 6, 7, 8, 9])
            .Need("N5", "D4", "E2", months: [7, 8, 9, 10, 11, 12])
            .Need("N6", "D4", "E3", months: [6])
            .Need("N9", "D4", "E1", months: [6, 7])
            .Capacity("D4", 6, 1)
            .Capacity("D4", 7, 1)
            .Build();
        var previous = TinyPlan.Of(
            TinyPlan.Visit("V1", "E1", 6, "N2#1", "N3#1"),
            TinyPlan.Visit("V2", "E1", 6, "N1#1"),
            TinyPlan.Visit("V3", "E2", 7, "N5#1"),
            TinyPlan.Visit("V4", "E3", 6, "N6#1")).Build();

        var result = Replanner.Replan(changed, previous, From, null, Options);

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid, string.Join("; ", PlanChecker.Check(changed, plan).Violations.Take(3)));
        Assert.Empty(plan.Unassigned);
        var joint = Assert.Single(plan.Visits, v => v.Enterprise == "E1" && v.Tasks.Any(t => t.Need == "N9"));
        Assert.Equal((7, "N2,N3,N9"), (joint.Month, string.Join(",", joint.Tasks.Select(t => t.Need).Order(StringComparer.Ordinal))));
        var published = Assert.Single(plan.Visits, v => v.Tasks.Any(t => t.Need == "N1"));
        Assert.Equal(("V2", 6), (published.Id, published.Month));
        Assert.True(Assert.Single(plan.Visits, v => v.Enterprise == "E2").Month > 7);
        Assert.Equal(1, result.FrozenMoved);
        Assert.Contains(result.Touched["E1"], c => c.Contains("V1", StringComparison.Ordinal) && c.Contains("moved to a later month", StringComparison.Ordinal));
        Assert.Contains(result.Touched["E2"], c => c.Contains("make room", StringComparison.Ordinal) && c.Contains("E1", StringComparison.Ordinal));
    }
}

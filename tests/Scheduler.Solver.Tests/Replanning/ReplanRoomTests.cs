using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Solver.Replanning;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>
/// A new check that only July can hold while July's capacity of its department is taken by an untouched enterprise
/// (<see cref="ReplanRoom"/>): the replan moves the other enterprise where its own window allows, and says why.
/// </summary>
public sealed class ReplanRoomTests
{
    private const int From = 6;

    private static TinyInstance County(IReadOnlyList<int> e1Months) => TinyInstance.Create()
        .Need("N1", "D1", "E1", months: e1Months)
        .Enterprise("E2")
        .Capacity("D1", 7, 1);

    private static readonly Domain.Plans.AnnualPlan Plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 7, "N1#1")).Build();

    [Fact]
    public void Replan_MovesAnUntouchedEnterprise_WhenAFullMonthIsTheOnlyOneANewCheckFits()
    {
        var changed = County([7, 8]).Need("N9", "D1", "E2", months: [7]).Build();

        var result = Replanner.Replan(changed, Plan, From, null, new PlannerOptions { Work = 2, Seed = 1 });

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Empty(plan.Unassigned);
        Assert.Equal(8, Assert.Single(plan.Visits, v => v.Enterprise == "E1").Month);
        Assert.Equal(7, Assert.Single(plan.Visits, v => v.Enterprise == "E2").Month);
        Assert.Contains(result.Touched["E1"], c => c.Contains("make room", StringComparison.Ordinal) && c.Contains("E2", StringComparison.Ordinal));
        Assert.Equal((1, 1), (result.RoomPlaced, result.RoomMade));
    }

    [Fact]
    public void Replan_LeavesTheOtherEnterpriseAlone_WhenItCannotMove()
    {
        var changed = County([7]).Need("N9", "D1", "E2", months: [7]).Build();

        var result = Replanner.Replan(changed, Plan, From, null, new PlannerOptions { Work = 2, Seed = 1 });

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Equal("N9", Assert.Single(plan.Unassigned).Need);
        Assert.Equal(7, Assert.Single(plan.Visits, v => v.Enterprise == "E1").Month);
        Assert.False(result.Touched.ContainsKey("E1"));
        Assert.Equal((0, 0), (result.RoomPlaced, result.RoomMade));
    }
}

using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>
/// A replan's months planned side by side are remembered by what their visits are (<see cref="MonthsMemo"/>): a month
/// whose visits are unchanged is not planned again and comes back as planned, with the visits' ids of now; a changed
/// month, or other options, is planned again.
/// </summary>
public sealed class MonthsMemoTests
{
    private static readonly Instance Instance = TinyInstance.Create()
        .Need("N1", "D1", "E1").Need("N2", "D2", "E1")
        .Need("N3", "D1", "E2")
        .Need("N4", "D2", "E3")
        .Inspectors("D1", 4)
        .Inspectors("D2", 4)
        .Build();

    private static AnnualPlan Annual(string e3Visit, int e3Month = 4) => TinyPlan.Of(
        TinyPlan.Visit("V1", "E1", 3, "N1#1", "N2#1"),
        TinyPlan.Visit("V2", "E2", 3, "N3#1"),
        TinyPlan.Visit(e3Visit, "E3", e3Month, "N4#1")).Build();

    private static MonthlyPlannerOptions Options()
    {
        var options = MonthlyPlanning.Options(seed: 5);
        options.IndependentMonths = true;
        return options;
    }

    [Fact]
    public void Plan_GivesThePlannersMonths_AndRemembersThem_WhenTheVisitsAreTheSame()
    {
        var options = Options();
        var memo = new MonthsMemo();

        var first = memo.Plan(Instance, Annual("V3"), options, options, 3, CancellationToken.None);
        var again = memo.Plan(Instance, Annual("V3"), options, options, 3, CancellationToken.None);

        var direct = new MonthlyPlanner().PlanYear(Instance, Annual("V3"), options, null, CancellationToken.None, firstMonth: 3);
        Assert.Equal(direct.Select(m => ContractJson.Write(m.Plan)), first.Select(m => ContractJson.Write(m.Plan)));
        Assert.Equal(first.Select(m => ContractJson.Write(m.Plan)), again.Select(m => ContractJson.Write(m.Plan)));
        Assert.Equal((10, 10), (memo.Planned, memo.Remembered));
        Assert.Contains(first, m => m.Plan.TeamDays.Count > 0);
    }

    [Fact]
    public void Plan_TakesTheVisitsIdsOfNow_WhenOnlyANewVisitsIdChanged()
    {
        var options = Options();
        var memo = new MonthsMemo();

        var first = memo.Plan(Instance, Annual("V3"), options, options, 3, CancellationToken.None);
        var renamed = memo.Plan(Instance, Annual("V9"), options, options, 3, CancellationToken.None);

        Assert.Equal(10, memo.Remembered);
        var april = renamed.Single(m => m.Plan.Month == 4).Plan;
        Assert.Contains("V9", april.TeamDays.SelectMany(t => t.Visits));
        Assert.Equal(ContractJson.Write(first.Single(m => m.Plan.Month == 4).Plan).Replace("\"V3\"", "\"V9\"", StringComparison.Ordinal), ContractJson.Write(april));
    }

    [Fact]
    public void Plan_PlansAMonthAgain_WhenItsVisitsChanged_OrTheOptionsAreOthers()
    {
        var options = Options();
        var memo = new MonthsMemo();

        memo.Plan(Instance, Annual("V3"), options, options, 3, CancellationToken.None);
        var moved = memo.Plan(Instance, Annual("V3", e3Month: 5), options, options, 3, CancellationToken.None);

        Assert.Equal((12, 8), (memo.Planned, memo.Remembered));
        Assert.Contains("V3", moved.Single(m => m.Plan.Month == 5).Plan.TeamDays.SelectMany(t => t.Visits));
        Assert.DoesNotContain("V3", moved.Single(m => m.Plan.Month == 4).Plan.TeamDays.SelectMany(t => t.Visits));

        var other = options.Copy();
        memo.Plan(Instance, Annual("V3", e3Month: 5), other, other, 3, CancellationToken.None);
        Assert.Equal((22, 8), (memo.Planned, memo.Remembered));
    }
}

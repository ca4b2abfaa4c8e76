using Scheduler.Solver.Monthly;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>
/// The random draw of officers (双随机, "double random": random enterprises, random officers): the seed decides the draw,
/// the same seed replays it exactly, and the plan publishes its seed.
/// </summary>
public sealed class RandomDrawTests
{
    // Six enterprises of T1 with March visits, two of them joint; eight county-level officers in each department,
    // so every visit has many equally good teams to draw from.
    private static readonly Instance Instance = TinyInstance.Create()
        .Need("N1", "D1", "E1").Need("N2", "D2", "E1")
        .Need("N3", "D1", "E2").Need("N4", "D2", "E2")
        .Need("N5", "D1", "E3")
        .Need("N6", "D1", "E4")
        .Need("N7", "D2", "E5")
        .Need("N8", "D2", "E6")
        .Inspectors("D1", 8)
        .Inspectors("D2", 8)
        .Build();

    private static readonly AnnualPlan Annual = TinyPlan.Of(
        TinyPlan.Visit("V1", "E1", 3, "N1#1", "N2#1"),
        TinyPlan.Visit("V2", "E2", 3, "N3#1", "N4#1"),
        TinyPlan.Visit("V3", "E3", 3, "N5#1"),
        TinyPlan.Visit("V4", "E4", 3, "N6#1"),
        TinyPlan.Visit("V5", "E5", 3, "N7#1"),
        TinyPlan.Visit("V6", "E6", 3, "N8#1")).Build();

    [Fact]
    public void Plan_IsIdentical_WhenTheSeedIsTheSame()
    {
        var first = MonthlyPlanning.RunValid(Instance, Annual, 3, seed: 11);
        var second = MonthlyPlanning.RunValid(Instance, Annual, 3, seed: 11);

        Assert.Equal(ContractJson.Write(first), ContractJson.Write(second));
    }

    [Fact]
    public void Plan_DrawsOtherOfficers_WhenTheSeedDiffers()
    {
        var one = MonthlyPlanning.RunValid(Instance, Annual, 3, seed: 1);
        var two = MonthlyPlanning.RunValid(Instance, Annual, 3, seed: 2);

        Assert.NotEqual(Teams(one), Teams(two));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20270301)]
    public void Plan_WritesItsSeedIntoThePlan_WhenGivenOne(int seed)
    {
        var march = MonthlyPlanning.RunValid(Instance, Annual, 3, seed: seed);

        Assert.Equal(seed, march.Seed);
        var readBack = ContractJson.ReadMonthlyPlan(ContractJson.Write(march));
        Assert.True(readBack.Ok);
        Assert.Equal(seed, readBack.Value!.Seed);
    }

    [Fact]
    public void PlanYear_WritesTheSeedIntoEveryMonth_WhenGivenOne()
    {
        var months = MonthlyPlanning.RunYear(Instance, Annual, seed: 5);

        Assert.Equal(Enumerable.Range(1, 12), months.Select(m => m.Plan.Month));
        Assert.All(months, m => Assert.Equal(5, m.Plan.Seed));
    }

    [Fact]
    public void PlanYear_GivesTheSameMonths_WhenIndependentMonthsRunOnOneOrTwoThreads()
    {
        var one = MonthlyPlanning.Options(seed: 5);
        (one.IndependentMonths, one.Workers) = (true, 1);
        var two = one.Copy();
        two.Workers = 2;

        var first = new MonthlyPlanner().PlanYear(Instance, Annual, one, null, CancellationToken.None);
        var second = new MonthlyPlanner().PlanYear(Instance, Annual, two, null, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 12), second.Select(m => m.Plan.Month));
        Assert.Equal(first.Select(m => Teams(m.Plan)), second.Select(m => Teams(m.Plan)));
        Assert.Contains(second, m => m.Plan.TeamDays.Count > 0);
    }

    /// <summary>Each visit with the sorted team that makes it: what the draw decides.</summary>
    private static string Teams(MonthlyPlan month) => string.Join(" ",
        month.TeamDays.SelectMany(t => t.Visits.Select(v => $"{v}:{string.Join(",", t.Inspectors.Order(StringComparer.Ordinal))}"))
            .Order(StringComparer.Ordinal));
}

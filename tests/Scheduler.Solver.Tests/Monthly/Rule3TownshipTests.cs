using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>§3 rule 3: every visit of a team-day is at an enterprise of the team-day's township (the team sets out from its office).</summary>
public sealed class Rule3TownshipTests
{
    private static readonly GeoPoint T2Office = new(29.60, 121.80);

    // Two townships 14 km apart; E1, E2 in T1 and E3, E4 in T2, each with one D1 visit in March, and a joint visit at E1 in April.
    // Two county-level D1 officers could make all four March visits in one day, were townships ignored.
    private static readonly Instance Instance = TinyInstance.Create()
        .Township("T1", TinyInstance.DefaultOffice)
        .Township("T2", T2Office)
        .Enterprise("E1")
        .Enterprise("E2", location: new GeoPoint(29.50, 121.86))
        .Enterprise("E3", township: "T2")
        .Enterprise("E4", township: "T2", location: new GeoPoint(29.61, 121.81))
        .Need("N1", "D1", "E1", times: 2)
        .Need("N2", "D1", "E2")
        .Need("N3", "D1", "E3")
        .Need("N4", "D1", "E4")
        .Need("N5", "D2", "E1", months: [4])
        .Inspectors("D1", 2)
        .Inspectors("D2", 2)
        .Build();

    private static readonly AnnualPlan Annual = TinyPlan.Of(
        TinyPlan.Visit("V1", "E1", 3, "N1#1"),
        TinyPlan.Visit("V2", "E2", 3, "N2#1"),
        TinyPlan.Visit("V3", "E3", 3, "N3#1"),
        TinyPlan.Visit("V4", "E4", 3, "N4#1"),
        TinyPlan.Visit("V5", "E1", 4, "N1#2", "N5#1")).Build();

    [Fact]
    public void Plan_KeepsEachTeamDayInsideItsTownship_WhenVisitsLieInTwoTownships()
    {
        var march = MonthlyPlanning.RunValid(Instance, Annual, 3);

        Assert.Empty(march.Unscheduled);
        foreach (var (visit, township) in new[] { ("V1", "T1"), ("V2", "T1"), ("V3", "T2"), ("V4", "T2") })
            Assert.Equal(township, MonthView.DayOf(march, visit).Township);
        Assert.All(march.TeamDays, t => Assert.Single(t.Visits.Select(v => Township(v)).Distinct()));
    }

    [Fact]
    public void Plan_SetsOutFromTheEnterprisesTownship_WhenTheVisitIsJoint()
    {
        var april = MonthlyPlanning.RunValid(Instance, Annual, 4);

        Assert.Equal("T1", MonthView.DayOf(april, "V5").Township);
    }

    [SkippableFact]
    public void Plan_PassesPythonValidatorWithTheSameFigures_WhenVisitsLieInTwoTownships()
    {
        Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason);

        var march = MonthlyPlanning.RunValid(Instance, Annual, 3);
        var april = MonthlyPlanning.RunValid(Instance, Annual, 4);

        MonthAssert.PythonAgrees(Instance, Annual, march, april);
    }

    private static string Township(string visit) =>
        Instance.Enterprises.Single(e => e.Id == Annual.Visits.Single(v => v.Id == visit).Enterprise).Township;
}

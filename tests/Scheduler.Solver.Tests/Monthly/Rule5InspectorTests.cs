using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>
/// §3 rule 5: an inspector is in at most one team-day a date, is not unavailable that date, has no conflict (回避) with
/// any enterprise the team-day visits, and is posted to that township or to none (county level, may go anywhere).
/// </summary>
public sealed class Rule5InspectorTests
{
    private static readonly GeoPoint T2Office = new(29.60, 121.80);
    private static readonly GeoPoint T3Office = new(29.40, 121.95);

    /// <summary>Townships T1–T3; E1, E2 in T1, E3 in T2, E4 in T3, each with one D1 need.</summary>
    private static TinyInstance County() => TinyInstance.Create()
        .Township("T1", TinyInstance.DefaultOffice)
        .Township("T2", T2Office)
        .Township("T3", T3Office)
        .Enterprise("E1")
        .Enterprise("E2", location: new GeoPoint(29.49, 121.88))
        .Enterprise("E3", township: "T2")
        .Enterprise("E4", township: "T3")
        .Need("N1", "D1", "E1")
        .Need("N2", "D1", "E2")
        .Need("N3", "D1", "E3")
        .Need("N4", "D1", "E4");

    private static AnnualPlan Visits(params string[] ids)
    {
        var all = new Dictionary<string, Visit>
        {
            ["V1"] = TinyPlan.Visit("V1", "E1", 3, "N1#1"),
            ["V2"] = TinyPlan.Visit("V2", "E2", 3, "N2#1"),
            ["V3"] = TinyPlan.Visit("V3", "E3", 3, "N3#1"),
            ["V4"] = TinyPlan.Visit("V4", "E4", 3, "N4#1"),
        };
        var plan = TinyPlan.Of([.. ids.Select(id => all[id])]);
        foreach (var (id, visit) in all.Where(kv => !ids.Contains(kv.Key)))
            plan.Unassigned($"{visit.Tasks[0].Need}#1", "not in this test");
        return plan.Build();
    }

    [Fact]
    public void Plan_PutsEachOfficerInOneTeamADay_WhenTwoOfficersServeThreeTownships()
    {
        var instance = County().Inspectors("D1", 2).Build();
        var annual = Visits("V1", "V3", "V4");

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Empty(march.Unscheduled);
        var dates = new[] { "V1", "V3", "V4" }.Select(v => MonthView.DayOf(march, v).Date).ToList();
        Assert.Equal(3, dates.Distinct().Count());
    }

    [Fact]
    public void Plan_NeverSendsAnOfficer_WhenHeIsUnavailableAllMonth()
    {
        var instance = County()
            .Inspector("A1", "D1", unavailable: MonthView.AllDaysOfMarchExcept())
            .Inspector("A2", "D1")
            .Inspector("A3", "D1")
            .Build();
        var annual = Visits("V1", "V2", "V3");

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Empty(march.Unscheduled);
        Assert.DoesNotContain(march.TeamDays, t => t.Inspectors.Contains("A1"));
    }

    [Fact]
    public void Plan_UsesTheOneDayBothOfficersAreFree_WhenTheirUnavailableDatesLeaveOnlyIt()
    {
        var free = new DateOnly(2027, 3, 17);
        var instance = County()
            .Inspector("A1", "D1", unavailable: MonthView.AllDaysOfMarchExcept(free, new DateOnly(2027, 3, 10)))
            .Inspector("A2", "D1", unavailable: MonthView.AllDaysOfMarchExcept(free, new DateOnly(2027, 3, 24)))
            .Build();
        var annual = Visits("V1");

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Equal(free, MonthView.DayOf(march, "V1").Date);
    }

    [Fact]
    public void Plan_LeavesTheConflictedOfficerOutOfEveryTeamVisitingTheEnterprise_WhenOthersCanGo()
    {
        var instance = County()
            .Inspector("A1", "D1", conflicts: ["E1"])
            .Inspector("A2", "D1")
            .Inspector("A3", "D1")
            .Build();
        var annual = Visits("V1", "V2");

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Empty(march.Unscheduled);
        Assert.DoesNotContain("A1", MonthView.DayOf(march, "V1").Inspectors);
    }

    [Fact]
    public void Plan_UnschedulesTheVisitWithAReason_WhenOneOfTheTwoOfficersHasAConflict()
    {
        var instance = County()
            .Inspector("A1", "D1", conflicts: ["E1"])
            .Inspector("A2", "D1")
            .Build();
        var annual = Visits("V1", "V2");

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.False(string.IsNullOrWhiteSpace(MonthView.ReasonOf(march, "V1")));
        Assert.Equal(["A1", "A2"], MonthView.DayOf(march, "V2").Inspectors.Order());
    }

    [Fact]
    public void Plan_KeepsTownshipOfficersInTheirTownshipAndSendsCountyOfficersAnywhere_WhenBothExist()
    {
        var instance = County()
            .Inspector("P1", "D1", township: "T2")
            .Inspector("P2", "D1", township: "T2")
            .Inspector("C1", "D1")
            .Inspector("C2", "D1")
            .Build();
        var annual = Visits("V1", "V3", "V4");

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Empty(march.Unscheduled);
        Assert.Equal(["C1", "C2"], MonthView.DayOf(march, "V1").Inspectors.Order());
        Assert.Equal(["C1", "C2"], MonthView.DayOf(march, "V4").Inspectors.Order());
        Assert.All(march.TeamDays.Where(t => t.Inspectors.Contains("P1") || t.Inspectors.Contains("P2")), t => Assert.Equal("T2", t.Township));
    }

    [Fact]
    public void Plan_UnschedulesTheVisitNamingDepartmentAndTownship_WhenItsDepartmentsOfficersArePostedElsewhere()
    {
        var instance = County()
            .Inspector("P1", "D1", township: "T2")
            .Inspector("P2", "D1", township: "T2")
            .Build();
        var annual = Visits("V1", "V3");

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        var reason = MonthView.ReasonOf(march, "V1");
        Assert.Contains("D1", reason);
        Assert.Contains("T1", reason);
        Assert.Equal(["P1", "P2"], MonthView.DayOf(march, "V3").Inspectors.Order());
    }

    [SkippableFact]
    public void Plan_PassesPythonValidatorWithTheSameFigures_WhenPostingsAndConflictsBind()
    {
        Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason);
        var instance = County()
            .Inspector("P1", "D1", township: "T2")
            .Inspector("P2", "D1", township: "T2", conflicts: ["E3"])
            .Inspector("C1", "D1", unavailable: [new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 2)])
            .Inspector("C2", "D1")
            .Build();
        var annual = Visits("V1", "V2", "V3", "V4");

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        MonthAssert.PythonAgrees(instance, annual, march);
    }
}

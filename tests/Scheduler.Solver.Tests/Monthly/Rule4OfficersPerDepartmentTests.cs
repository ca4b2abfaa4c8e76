using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>§3 rule 4: for every department of every visit in a team-day, the team holds at least officersPerDepartment of its officers.</summary>
public sealed class Rule4OfficersPerDepartmentTests
{
    private static readonly AnnualPlan Annual = TinyPlan.Of(
        TinyPlan.Visit("V1", "E1", 3, "N1#1", "N2#1"),
        TinyPlan.Visit("V2", "E2", 3, "N3#1")).Build();

    /// <summary>E1: a joint D1+D2 visit (V1); E2: a D1-only visit (V2).</summary>
    private static TinyInstance County(int d1Officers, int d2Officers) => TinyInstance.Create()
        .Need("N1", "D1", "E1")
        .Need("N2", "D2", "E1")
        .Need("N3", "D1", "E2")
        .Inspectors("D1", d1Officers)
        .Inspectors("D2", d2Officers);

    [Fact]
    public void Plan_SendsTwoOfficersOfEachDepartment_WhenTheRuleIsTheDefault()
    {
        var instance = County(3, 3).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        var joint = MonthView.DayOf(march, "V1");
        Assert.True(MonthView.OfficersOf(instance, joint, "D1") >= 2, MonthAssert.Describe(march));
        Assert.True(MonthView.OfficersOf(instance, joint, "D2") >= 2, MonthAssert.Describe(march));
        Assert.True(MonthView.OfficersOf(instance, MonthView.DayOf(march, "V2"), "D1") >= 2, MonthAssert.Describe(march));
    }

    [Fact]
    public void Plan_SendsThreeOfficersOfEachDepartment_WhenOfficersPerDepartmentIsThree()
    {
        var instance = County(4, 3).OfficersPerDepartment(3).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        var joint = MonthView.DayOf(march, "V1");
        Assert.True(MonthView.OfficersOf(instance, joint, "D1") >= 3, MonthAssert.Describe(march));
        Assert.True(MonthView.OfficersOf(instance, joint, "D2") >= 3, MonthAssert.Describe(march));
    }

    [Fact]
    public void Plan_UnschedulesTheJointVisitNamingDepartmentAndTownship_WhenTheDepartmentHasOneOfficer()
    {
        var instance = County(2, 1).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        var reason = MonthView.ReasonOf(march, "V1");
        Assert.Contains("D2", reason);
        Assert.Contains("T1", reason);
        // The D1-only visit needs no D2 officer.
        Assert.Equal(2, MonthView.OfficersOf(instance, MonthView.DayOf(march, "V2"), "D1"));
    }

    [Fact]
    public void Plan_SchedulesTheJointVisitWithTheOneOfficer_WhenOfficersPerDepartmentIsOne()
    {
        var instance = County(1, 1).OfficersPerDepartment(1).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        Assert.Empty(march.Unscheduled);
        Assert.Contains("D2.1", MonthView.DayOf(march, "V1").Inspectors);
    }

    [Fact]
    public void Plan_SendsNoMoreOfficersThanTheVisitsNeed_WhenEachVisitIsAloneInItsMonth()
    {
        // Officer-days are the second measure of quality: a lone visit takes exactly its departments' pairs.
        var instance = County(4, 4).Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "N1#1", "N2#1"), TinyPlan.Visit("V2", "E2", 4, "N3#1")).Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);
        var april = MonthlyPlanning.RunValid(instance, annual, 4);

        Assert.Equal(4, MonthView.DayOf(march, "V1").Inspectors.Count);
        Assert.Equal(2, MonthView.DayOf(april, "V2").Inspectors.Count);
    }

    [SkippableFact]
    public void Plan_PassesPythonValidatorWithTheSameFigures_WhenADepartmentIsShortOfOfficers()
    {
        Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason);
        var instance = County(2, 1).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        MonthAssert.PythonAgrees(instance, Annual, march);
    }
}

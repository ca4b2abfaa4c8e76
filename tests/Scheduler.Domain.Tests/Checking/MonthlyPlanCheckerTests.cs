using Scheduler.Domain.Checking;
using Scheduler.Domain.Tests.TestData;
using static Scheduler.Domain.Tests.TestData.TinyCounty;

namespace Scheduler.Domain.Tests.Checking;

public sealed class MonthlyPlanCheckerTests
{
    public static TheoryData<string> CaseNames() => MonthlyCases.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Check_AgreesWithCaseExpectation_WhenGivenEachRuleCase(string name)
    {
        var c = MonthlyCases.Get(name);

        var report = MonthlyPlanChecker.Check(c.Instance, c.Plan, c.Months);

        if (c.Expected is null)
        {
            Assert.True(report.Valid, string.Join("\n", report.Violations));
        }
        else
        {
            Assert.False(report.Valid);
            Assert.Contains(report.Violations, v => v.Contains(c.Expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Check_ComputesEveryMonthFigure_WhenMonthsAreValid()
    {
        var report = MonthlyPlanChecker.Check(Instance(), ValidPlan(), [ValidFebruary(), ValidMarch()]);

        Assert.True(report.Valid, string.Join("\n", report.Violations));
        Assert.Equal(2, report.Months.Count);
        var march = report.Months[1];
        Assert.Equal(3, march.Month);
        Assert.Equal(2, march.Visits);
        Assert.Equal(0, march.Unscheduled);
        Assert.Equal(2, march.TeamDays);
        Assert.Equal(6, march.OfficerDays);
        Assert.Equal(2, march.MaxDaysPerInspector);
        Assert.Equal(6, report.Months[0].OfficerDays);
        Assert.Equal(2, report.Months[0].MaxDaysPerInspector);
    }

    [Fact]
    public void Check_SumsTravelOfficeToVisitsAndBack_WhenTeamDayHasVisits()
    {
        var instance = Instance();
        var t1 = instance.Townships[0].Location;
        var e1 = instance.Enterprises[0].Location;
        var e2 = instance.Enterprises[1].Location;
        double Leg(Domain.Model.GeoPoint a, Domain.Model.GeoPoint b) => a.HaversineKm(b) * 1.3 / 30 * 60;
        var expected = 2 * Leg(t1, e1) + 2 * Leg(t1, e2);

        var report = MonthlyPlanChecker.Check(instance, ValidPlan(), [ValidMarch()]);

        Assert.Equal(expected, report.Months[0].TravelMinutes, 9);
    }

    [Fact]
    public void Check_CountsDistinctInspectorsOnly_WhenInspectorIsListedTwice()
    {
        var report = MonthlyPlanChecker.Check(Instance(), ValidPlan(), MonthlyCases.Get("m5-listed-twice").Months);

        Assert.Equal(6, report.Months[1].OfficerDays);
    }

    [Fact]
    public void Check_ReportsNothingForAnnualRules_WhenAnnualPlanIsInvalidButMonthsMatchIt()
    {
        var plan = ValidPlan().WithVisit("V1", v => v.RemoveTask("N2"));

        var report = MonthlyPlanChecker.Check(Instance(), plan, [ValidMarch()]);

        Assert.True(report.Valid, string.Join("\n", report.Violations));
    }
}

using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>§3 rule 1: every annual-plan visit of the month appears exactly once, in a team-day or unscheduled with a reason.</summary>
public sealed class Rule1VisitAccountingTests
{
    // E1 has a joint visit in March and a D1 visit in April; E2, E3 have D1 visits in March; E4 a D3 visit in March
    // (D3 has no officer at all) and E5 a D1 visit in April.
    private static readonly Instance Instance = TinyInstance.Create()
        .Need("N1", "D1", "E1", times: 2)
        .Need("N2", "D2", "E1")
        .Need("N3", "D1", "E2")
        .Need("N4", "D1", "E3")
        .Need("N5", "D3", "E4")
        .Need("N6", "D1", "E5")
        .Inspectors("D1", 4)
        .Inspectors("D2", 2)
        .Build();

    private static readonly AnnualPlan Annual = TinyPlan.Of(
        TinyPlan.Visit("V1", "E1", 3, "N1#1", "N2#1"),
        TinyPlan.Visit("V2", "E2", 3, "N3#1"),
        TinyPlan.Visit("V3", "E3", 3, "N4#1"),
        TinyPlan.Visit("V4", "E4", 3, "N5#1"),
        TinyPlan.Visit("V5", "E1", 4, "N1#2"),
        TinyPlan.Visit("V6", "E5", 4, "N6#1")).Build();

    [Fact]
    public void Plan_PlacesEachStaffedVisitOfTheMonthOnceAndNoOtherMonthsVisit_WhenOfficersSuffice()
    {
        var march = MonthlyPlanning.RunValid(Instance, Annual, 3);

        var placed = march.TeamDays.SelectMany(t => t.Visits).ToList();
        Assert.Equal(["V1", "V2", "V3"], placed.Order());
        Assert.Equal(["V4"], march.Unscheduled.Select(u => u.Visit));
        Assert.Equal(3, march.Month);
        Assert.Equal(2027, march.Year);
        Assert.Equal(Instance.Name, march.Instance);
    }

    [Fact]
    public void Plan_UnschedulesTheVisitWithAReasonNamingTheDepartment_WhenItsDepartmentHasNoOfficer()
    {
        var march = MonthlyPlanning.RunValid(Instance, Annual, 3);

        var reason = MonthView.ReasonOf(march, "V4");
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.Contains("D3", reason);
    }

    [Fact]
    public void Plan_HasNoTeamDayAndNothingUnscheduled_WhenTheMonthHasNoVisit()
    {
        var may = MonthlyPlanning.RunValid(Instance, Annual, 5);

        Assert.Empty(may.TeamDays);
        Assert.Empty(may.Unscheduled);
        Assert.Equal(5, may.Month);
    }

    [Fact]
    public void Plan_ReportsFiguresThatMatchThePlan_WhenAMonthIsPlanned()
    {
        var result = MonthlyPlanning.Run(Instance, Annual, 3);

        var figures = result.Figures;
        Assert.Equal(3, figures.Month);
        Assert.Equal(4, figures.Visits);
        Assert.Equal(result.Plan.Unscheduled.Count, figures.Unscheduled);
        Assert.Equal(result.Plan.TeamDays.Count, figures.TeamDays);
        Assert.Equal(result.Plan.TeamDays.Sum(t => t.Inspectors.Count), figures.OfficerDays);
        Assert.Equal(result.Plan.TeamDays.Sum(t => MonthlyReferenceRules.TravelMinutes(Instance, Annual, t)), figures.TravelMinutes, 6);
    }

    [SkippableFact]
    public void Plan_PassesPythonValidatorWithTheSameFigures_ForMarchAndApril()
    {
        Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason);
        var march = MonthlyPlanning.RunValid(Instance, Annual, 3);
        var april = MonthlyPlanning.RunValid(Instance, Annual, 4);

        MonthAssert.PythonAgrees(Instance, Annual, march, april);
    }
}

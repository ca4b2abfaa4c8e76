using Scheduler.Api.Plans;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Tests.Plans;

public sealed class EnterpriseDetailTests
{
    private static readonly PlanIndex Index = new(PlanSamples.Instance());

    [Fact]
    public void Build_ListsVisitsWithTheirTeamDay_WhenTheMonthIsPlanned()
    {
        var detail = EnterpriseDetail.Build(Index, PlanSamples.Plan(), new Dictionary<int, MonthlyPlan> { [3] = PlanSamples.March() }, "E1")!;

        Assert.Equal("丹东街道", detail.TownshipName);
        Assert.Equal(["N1", "N2", "N3"], detail.Needs.Select(n => n.Need.Id));
        Assert.Equal(["V1", "V2"], detail.Visits.Select(v => v.Summary.Visit.Id));
        var march = detail.Visits[0];
        Assert.Equal(new DateOnly(2026, 3, 10), march.TeamDay!.Date);
        Assert.Equal(["王伟", "李芳", "张敏", "刘洋"], march.TeamDay.Officers.Select(o => o.Name));
        Assert.Equal(["市场监管", "应急管理"], march.Summary.Shares.Select(s => s.DepartmentName));
        Assert.Equal(["食品安全", "价格检查"], march.Summary.Shares[0].Items);
        Assert.Equal(90, march.Summary.OnSiteMinutes); // A: 60 + 30 side by side with B: 45
        var june = detail.Visits[1];
        Assert.False(june.MonthPlanned);
        Assert.Null(june.TeamDay);
        Assert.Empty(detail.Unassigned);
    }

    [Fact]
    public void Build_GivesTheReasons_ForUnscheduledVisitsAndUnassignedOccurrences()
    {
        var detail = EnterpriseDetail.Build(Index, PlanSamples.Plan(), new Dictionary<int, MonthlyPlan> { [3] = PlanSamples.March() }, "E3")!;

        var visit = Assert.Single(detail.Visits);
        Assert.True(visit.MonthPlanned);
        Assert.Equal("石浦镇本月没有两名空闲的市场监管执法人员", visit.UnscheduledReason);
        var unassigned = Assert.Single(detail.Unassigned);
        Assert.Equal(("N5", 2, "市场监管"), (unassigned.Occurrence.Need, unassigned.Occurrence.Occurrence, unassigned.DepartmentName));
        Assert.Equal("市场监管 5-7 月能力已满", unassigned.Occurrence.Reason);
    }

    [Fact]
    public void Build_ReturnsNull_WhenTheEnterpriseIsUnknown()
    {
        Assert.Null(EnterpriseDetail.Build(Index, PlanSamples.Plan(), new Dictionary<int, MonthlyPlan>(), "E404"));
    }

    [Fact]
    public void Build_ListsNeedsWithoutVisits_WhenThereIsNoPlan()
    {
        var detail = EnterpriseDetail.Build(Index, null, new Dictionary<int, MonthlyPlan>(), "E2")!;

        Assert.Equal(["N4"], detail.Needs.Select(n => n.Need.Id));
        Assert.Empty(detail.Visits);
        Assert.Null(detail.TierCap);
    }
}

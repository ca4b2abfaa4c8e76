using Scheduler.Api.Plans;
using Scheduler.Domain.Calendar;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Tests.Plans;

public sealed class MonthCalendarTests
{
    private static readonly PlanIndex Index = new(PlanSamples.Instance());

    [Fact]
    public void Build_LaysTheMonthOutMondayFirst_WithEveryDayOnce()
    {
        var calendar = MonthCalendar.Build(Index, PlanSamples.Plan(), PlanSamples.March(), 3, null);

        // 1 March 2026 is a Sunday: the first week is six empty slots and the 1st; 31 March is a Tuesday.
        Assert.Equal(6, calendar.Weeks.Count);
        Assert.All(calendar.Weeks, w => Assert.Equal(7, w.Count));
        Assert.Equal(6, calendar.Weeks[0].Count(d => d is null));
        Assert.Equal(new DateOnly(2026, 3, 1), calendar.Weeks[0][6]!.Date);
        Assert.Equal(new DateOnly(2026, 3, 31), calendar.Weeks[5][1]!.Date);
        Assert.Equal(Enumerable.Range(1, 31), calendar.Days.Select(d => d.Date.Day));
    }

    [Fact]
    public void Build_MarksWorkingJointAndHolidays_FromTheInstanceCalendar()
    {
        var days = MonthCalendar.Build(Index, PlanSamples.Plan(), PlanSamples.March(), 3, null).Days.ToDictionary(d => d.Date.Day);

        Assert.True(days[10].IsJointDay);                                   // a Tuesday
        Assert.True(days[3] is { IsHoliday: true, IsWorkingDay: false, IsJointDay: false }); // a Tuesday holiday
        Assert.True(days[11] is { IsWorkingDay: true, IsJointDay: false });
        Assert.False(days[1].IsWorkingDay);                                 // a Sunday
    }

    [Fact]
    public void Build_PutsEachTeamDayOnItsDate_WithItsOrderedRouteAndTravel()
    {
        var calendar = MonthCalendar.Build(Index, PlanSamples.Plan(), PlanSamples.March(), 3, null);

        var route = Assert.Single(calendar.Routes);
        Assert.Same(route, Assert.Single(calendar.Days.Single(d => d.Date.Day == 10).TeamDays));
        Assert.Equal(["V3", "V1"], route.Stops.Select(s => s.Visit));
        Assert.Equal("鑫源超市", route.Stops[0].Summary!.EnterpriseName);
        Assert.Equal("丹东街道", route.TeamDay.TownshipName);
        Assert.Equal(4, route.TeamDay.Officers.Count);

        var instance = Index.Instance;
        var office = instance.Townships[0].Location;
        var e1 = instance.Enterprises[0].Location;
        var e2 = instance.Enterprises[1].Location;
        var expected = TravelTime.Minutes(office, e2, instance.Rules) + TravelTime.Minutes(e2, e1, instance.Rules) + TravelTime.Minutes(e1, office, instance.Rules);
        Assert.Equal(expected, route.TravelMinutes!.Value, 9);
        Assert.Equal(TravelTime.Minutes(office, e2, instance.Rules), route.Stops[0].TravelMinutes!.Value, 9);
        Assert.Equal(45 + 90, route.OnSiteMinutes);
    }

    [Fact]
    public void Build_ListsUnscheduledVisits_AndNarrowsToATownship()
    {
        var all = MonthCalendar.Build(Index, PlanSamples.Plan(), PlanSamples.March(), 3, null);
        var t1 = MonthCalendar.Build(Index, PlanSamples.Plan(), PlanSamples.March(), 3, "T1");
        var t2 = MonthCalendar.Build(Index, PlanSamples.Plan(), PlanSamples.March(), 3, "T2");

        var unscheduled = Assert.Single(all.Unscheduled);
        Assert.Equal(("V4", "石浦镇"), (unscheduled.Visit, unscheduled.TownshipName));
        Assert.Equal(3, all.AnnualVisits);
        Assert.Equal((1, 0, 2), (t1.Routes.Count, t1.Unscheduled.Count, t1.AnnualVisits));
        Assert.Equal((0, 1, 1), (t2.Routes.Count, t2.Unscheduled.Count, t2.AnnualVisits));
    }

    [Fact]
    public void Build_ShowsAnEmptyGrid_WhenTheMonthHasNoMonthlyPlan()
    {
        var calendar = MonthCalendar.Build(Index, PlanSamples.Plan(), null, 6, null);

        Assert.False(calendar.HasMonthlyPlan);
        Assert.Equal(30, calendar.Days.Count());
        Assert.Empty(calendar.Routes);
        Assert.Equal(1, calendar.AnnualVisits);
    }

    [Fact]
    public void DefaultTownship_IsTheFirstBusyTownship_WhenTheMonthHasManyTeamDays()
    {
        Assert.Null(MonthCalendar.DefaultTownship(Index, PlanSamples.March()));
        var busy = PlanSamples.March() with
        {
            TeamDays = [.. Enumerable.Range(1, MonthCalendar.AllTownshipsLimit + 1).Select(i => new TeamDay { Id = $"TD{i}", Date = new DateOnly(2026, 3, 10), Township = "T2" })],
        };
        Assert.Equal("T2", MonthCalendar.DefaultTownship(Index, busy));
    }
}

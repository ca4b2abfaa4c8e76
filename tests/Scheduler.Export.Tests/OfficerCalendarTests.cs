using Ical.Net;
using Ical.Net.CalendarComponents;
using Scheduler.Domain.Plans;
using Scheduler.Export.Tests.Support;

namespace Scheduler.Export.Tests;

public sealed class OfficerCalendarTests
{
    private static readonly DateTime Stamp = new(2026, 2, 20, 1, 2, 3, DateTimeKind.Utc);

    /// <summary>Serialized and parsed back, so the assertions see what a calendar app sees.</summary>
    private static List<CalendarEvent> Events(string inspector, IReadOnlyList<MonthlyPlan>? months = null)
    {
        var calendar = OfficerCalendar.For(TinyCounty.Instance, TinyCounty.Plan, months ?? TinyCounty.Months, inspector, Stamp);
        var parsed = Calendar.Load(OfficerCalendar.Serialize(calendar));
        Assert.NotNull(parsed);
        return parsed.Events.OrderBy(e => e.DtStart).ToList();
    }

    [Fact]
    public void For_GivesOneEventPerTeamDayInDateOrder_WhenOfficerWorksTwoTeamDays()
    {
        var events = Events("I1");

        Assert.Equal([TinyCounty.Td1Date, TinyCounty.Td2Date], events.Select(e => e.DtStart!.Date));
        Assert.Equal(["联合检查 · 石浦镇 · 2家", "联合检查 · 丹城街道 · 1家"], events.Select(e => e.Summary));
        Assert.Equal(["石浦镇", "丹城街道"], events.Select(e => e.Location));
    }

    [Fact]
    public void For_GivesOnlyTheOfficersTeamDays_WhenOfficerWorksOne()
    {
        var events = Events("I2");

        var only = Assert.Single(events);
        Assert.Equal(TinyCounty.Td1Date, only.DtStart!.Date);
        Assert.Equal("TD1-20260303@tiny-export", only.Uid);
    }

    [Fact]
    public void For_TimesEventFrom0830To1700Shanghai_WhenOfficerWorksTeamDay()
    {
        var td1 = Events("I2")[0];

        Assert.Equal("Asia/Shanghai", td1.DtStart!.TzId);
        Assert.Equal(new TimeOnly(8, 30), td1.DtStart.Time);
        Assert.Equal(new TimeOnly(17, 0), td1.DtEnd!.Time);
        Assert.Equal(new DateTime(2026, 3, 3, 0, 30, 0, DateTimeKind.Utc), td1.DtStart.AsUtc);
        Assert.False(td1.IsAllDay);
        Assert.Equal(Stamp, td1.DtStamp!.AsUtc);
    }

    [Fact]
    public void For_DescribesVisitsInRouteOrderWithDepartmentsAndItems_WhenTeamDayHasTwoVisits()
    {
        var description = Events("I2")[0].Description!;

        var e2 = description.IndexOf("1. 石浦冷链物流（E2）", StringComparison.Ordinal);
        var e1 = description.IndexOf($"2. {TinyCounty.E1Name}（E1）", StringComparison.Ordinal);
        Assert.True(e2 >= 0 && e1 > e2, description);
        Assert.Contains("部门：市场监管局、生态环境局", description);
        Assert.Contains("事项：市场监管局：食品安全、特种设备；生态环境局：废水排放", description);
        Assert.Contains("现场约90分钟", description);
        Assert.Contains("同组人员：王芳（市场监管局）、李伟（生态环境局）", description);
    }

    [Fact]
    public void For_SaysCheckNotJointCheck_WhenTeamDayHasOneDepartment()
    {
        var solo = TinyCounty.March with
        {
            TeamDays = [new TeamDay { Id = "TD9", Date = new DateOnly(2026, 3, 5), Township = "T1", Inspectors = ["I1"], Visits = ["V2"] }],
        };

        var only = Assert.Single(Events("I1", [solo]));

        Assert.Equal("检查 · 石浦镇 · 1家", only.Summary);
    }

    [Fact]
    public void For_GivesNoEvents_WhenOfficerWorksNoTeamDay()
    {
        var idle = TinyCounty.March with { TeamDays = [] };

        Assert.Empty(Events("I1", [idle]));
    }

    [Fact]
    public void Uid_StaysTheSame_WhenTeamDayIsExportedAgain()
    {
        var teamDay = TinyCounty.March.TeamDays[0];

        Assert.Equal(OfficerCalendar.Uid("tiny-export", teamDay), OfficerCalendar.Uid("tiny-export", teamDay with { Visits = [] }));
        Assert.NotEqual(OfficerCalendar.Uid("tiny-export", teamDay), OfficerCalendar.Uid("tiny-export", teamDay with { Date = teamDay.Date.AddDays(7) }));
    }
}

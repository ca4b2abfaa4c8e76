using Scheduler.Domain.Model;
using Scheduler.Export.Tests.Support;

namespace Scheduler.Export.Tests;

public sealed class TownshipMonthSheetTests
{
    private static IReadOnlyList<TownshipMonthSheet> Sheets() =>
        TownshipMonthSheet.ForMonth(TinyCounty.Instance, TinyCounty.Plan, TinyCounty.March);

    [Fact]
    public void ForMonth_GivesOneSheetPerTownshipInInstanceOrder_WhenBothTownshipsHaveVisits()
    {
        var sheets = Sheets();

        Assert.Equal(["T1", "T2"], sheets.Select(s => s.Township.Id));
        Assert.All(sheets, s => Assert.Equal((2026, 3), (s.Year, s.Month)));
        Assert.Equal("2026-03 石浦镇", sheets[0].SheetName);
    }

    [Fact]
    public void ForMonth_ListsVisitsInRouteOrderWithNames_WhenTeamDayHasTwoVisits()
    {
        var rows = Sheets()[0].Rows;

        Assert.Equal(["V2", "V1"], rows.Select(r => r.Visit));
        Assert.Equal([1, 2], rows.Select(r => r.Order));
        var v1 = rows[1];
        Assert.Equal(TinyCounty.Td1Date, v1.Date);
        Assert.Equal("TD1", v1.TeamDay);
        Assert.Equal(TinyCounty.E1Name, v1.EnterpriseName);
        Assert.Equal(["市场监管局", "生态环境局"], v1.Departments);
        Assert.Equal(["市场监管局：食品安全、特种设备", "生态环境局：废水排放"], v1.Items);
        // SCJG's share is 60 + 30, STHJ's 90; they work side by side.
        Assert.Equal(90, v1.OnSiteMinutes);
        Assert.Equal(["王芳（市场监管局）", "李伟（生态环境局）"], v1.Inspectors);
        Assert.True(v1.Scheduled);
    }

    [Fact]
    public void ForMonth_AddsUnscheduledVisitToItsTownshipWithReason_WhenMonthCouldNotScheduleIt()
    {
        var rows = Sheets()[1].Rows;

        Assert.Equal(["V3", "V4"], rows.Select(r => r.Visit));
        var v4 = rows[1];
        Assert.False(v4.Scheduled);
        Assert.Equal(TinyCounty.V4Reason, v4.UnscheduledReason);
        Assert.Equal("丹城小吃店", v4.EnterpriseName);
        Assert.Null(v4.Date);
        Assert.Null(v4.Order);
        Assert.Empty(v4.Inspectors);
        Assert.Equal(["市场监管局"], v4.Departments);
    }

    [Fact]
    public void ForMonth_ShowsTheId_WhenPlanNamesAVisitTheAnnualPlanLacks()
    {
        var month = TinyCounty.March with
        {
            TeamDays = [TinyCounty.March.TeamDays[1] with { Visits = ["V2", "V99"] }],
            Unscheduled = [],
        };

        var rows = TownshipMonthSheet.ForMonth(TinyCounty.Instance, TinyCounty.Plan, month).Single().Rows;

        Assert.Equal("V99", rows[1].Visit);
        Assert.Contains("V99", rows[1].EnterpriseName);
    }

    [Fact]
    public void SheetName_KeepsWithinExcelRules_WhenTownshipNameLongAndHasForbiddenCharacters()
    {
        var sheet = new TownshipMonthSheet
        {
            Township = new Township { Id = "T9", Name = "一个名字很长的镇/街道[试点]：包含各种符号的行政区划名称" },
            Year = 2026,
            Month = 11,
        };

        var name = sheet.SheetName;

        Assert.True(name.Length <= 31, name);
        Assert.StartsWith("2026-11 ", name);
        Assert.DoesNotContain(name, c => @":\/?*[]".Contains(c));
    }
}

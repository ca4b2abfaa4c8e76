using MiniExcelLibs;
using Scheduler.Domain.Model;
using Scheduler.Export.Tests.Support;

namespace Scheduler.Export.Tests;

public sealed class TownshipSheetXlsxTests
{
    private static MemoryStream Xlsx(TownshipMonthSheet sheet)
    {
        var stream = new MemoryStream();
        sheet.WriteXlsx(stream);
        stream.Position = 0;
        return stream;
    }

    private static List<IDictionary<string, object?>> Query(MemoryStream xlsx) =>
        xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

    [Fact]
    public void WriteXlsx_RoundTripsChineseHeadersAndRows_WhenReadBackByMiniExcel()
    {
        var sheet = TownshipMonthSheet.ForMonth(TinyCounty.Instance, TinyCounty.Plan, TinyCounty.March)[0];
        using var xlsx = Xlsx(sheet);

        Assert.Equal(["2026-03 石浦镇"], MiniExcel.GetSheetNames(xlsx));
        xlsx.Position = 0;
        var rows = Query(xlsx);

        Assert.Equal(2, rows.Count);
        Assert.Equal(TownshipMonthSheet.Headers, rows[0].Keys);
        var v1 = rows[1];
        Assert.Equal("2026-03-03 周二", v1["日期"]);
        Assert.Equal("TD1", v1["检查组"]);
        Assert.Equal(2.0, Convert.ToDouble(v1["顺序"]));
        Assert.Equal(TinyCounty.E1Name, v1["企业名称"]);
        Assert.Equal("E1", v1["企业编号"]);
        Assert.Equal("市场监管局、生态环境局", v1["检查部门"]);
        Assert.Equal("市场监管局：食品安全、特种设备；生态环境局：废水排放", v1["检查事项"]);
        Assert.Equal(90.0, Convert.ToDouble(v1["现场时长（分钟）"]));
        Assert.Equal("王芳（市场监管局）、李伟（生态环境局）", v1["检查人员"]);
        Assert.Equal("已安排", v1["状态"]);
        Assert.Null(v1["未安排原因"]);
        Assert.Equal("V1", v1["检查编号"]);
        Assert.Equal("石浦冷链物流", rows[0]["企业名称"]);
    }

    [Fact]
    public void WriteXlsx_MarksUnscheduledRowWithReason_WhenVisitUnscheduled()
    {
        var sheet = TownshipMonthSheet.ForMonth(TinyCounty.Instance, TinyCounty.Plan, TinyCounty.March)[1];
        using var xlsx = Xlsx(sheet);

        var v4 = Query(xlsx).Single(r => (string?)r["检查编号"] == "V4");

        Assert.Equal("未安排", v4["状态"]);
        Assert.Equal(TinyCounty.V4Reason, v4["未安排原因"]);
        Assert.Null(v4["日期"]);
        Assert.Null(v4["检查人员"]);
    }

    [Fact]
    public void WriteXlsx_WritesTheHeaderRow_WhenSheetHasNoRows()
    {
        var sheet = new TownshipMonthSheet { Township = new Township { Id = "T1", Name = "石浦镇" }, Year = 2026, Month = 4 };
        using var xlsx = Xlsx(sheet);

        var header = xlsx.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Single();

        Assert.Equal(TownshipMonthSheet.Headers, header.Values);
    }
}

using Scheduler.Domain.Plans;
using System.Text;
using Scheduler.Domain.Model;
using Scheduler.Export.Tests.Support;

namespace Scheduler.Export.Tests;

public sealed class TownshipSheetCsvTests
{
    private static byte[] Csv(int sheetIndex)
    {
        var sheet = TownshipMonthSheet.ForMonth(TinyCounty.Instance, TinyCounty.Plan, TinyCounty.March)[sheetIndex];
        using var stream = new MemoryStream();
        sheet.WriteCsv(stream);
        return stream.ToArray();
    }

    private static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes.AsSpan(3));

    [Fact]
    public void WriteCsv_StartsWithUtf8ByteOrderMark_WhenSheetHasChineseText()
    {
        var bytes = Csv(0);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("日期,检查组,顺序,企业名称", Text(bytes));
    }

    [Fact]
    public void WriteCsv_QuotesCommasQuotesAndLineBreaks_WhenFieldsHoldThem()
    {
        var t1 = Text(Csv(0));
        var t2 = Text(Csv(1));

        Assert.Contains(",\"宁波海鲜, \"\"渔港\"\"加工厂\",", t1);
        Assert.Contains("\"3月没有空闲的市场监管局人员, 所有周二已排满\n下月优先\"", t2);
        // Fields without special characters stay bare.
        Assert.Contains(",石浦冷链物流,", t1);
    }

    [Fact]
    public void WriteCsv_WritesHeaderThenOneRecordPerVisit_WhenParsedBack()
    {
        var records = CsvText.Parse(Text(Csv(0)));

        Assert.Equal(3, records.Count);
        Assert.Equal(TownshipMonthSheet.Headers, records[0]);
        Assert.All(records, r => Assert.Equal(TownshipMonthSheet.Headers.Count, r.Count));
        Assert.Equal(["2026-03-03 周二", "TD1", "1", "石浦冷链物流", "E2", "市场监管局", "市场监管局：食品安全", "60",
            "王芳（市场监管局）、李伟（生态环境局）", "已安排", "", "V2", VisitCodes.Code(VisitCodes.UnknownCounty, 2026, 2)], records[1]);
        Assert.Equal(TinyCounty.E1Name, records[2][3]);
    }

    [Fact]
    public void WriteCsv_EndsEveryRecordWithCrLf_WhenSheetHasRows()
    {
        var text = Text(Csv(0));

        Assert.EndsWith("\r\n", text);
        Assert.Equal(3, text.Split("\r\n").Length - 1);
    }

    [Fact]
    public void WriteCsv_KeepsUnscheduledReasonWhole_WhenReasonSpansTwoLines()
    {
        var records = CsvText.Parse(Text(Csv(1)));

        Assert.Equal(3, records.Count);
        var v4 = records[2];
        Assert.Equal("未安排", v4[9]);
        Assert.Equal(TinyCounty.V4Reason, v4[10]);
        Assert.Equal("", v4[0]);
    }

    [Theory]
    [InlineData("甲,乙", "\"甲,乙\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("一\r\n二", "\"一\r\n二\"")]
    [InlineData(" 前后空格 ", "\" 前后空格 \"")]
    [InlineData("普通名称", "普通名称")]
    public void WriteCsv_QuotesAField_OnlyWhenItHoldsACommaQuoteLineBreakOrEdgeSpace(string name, string expected)
    {
        var sheet = new TownshipMonthSheet
        {
            Township = new Township { Id = "T1", Name = "石浦镇" },
            Year = 2026,
            Month = 3,
            Rows = [new SheetRow { Visit = "V1", EnterpriseId = "E1", EnterpriseName = name }],
        };
        using var stream = new MemoryStream();
        sheet.WriteCsv(stream);

        var record = Text(stream.ToArray()).Split("\r\n", 2)[1];

        Assert.StartsWith($",,,{expected},E1,", record);
    }
}

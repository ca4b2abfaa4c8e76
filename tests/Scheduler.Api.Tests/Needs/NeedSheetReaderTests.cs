using System.Text;
using Scheduler.Api.Needs;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Tests.Needs;

/// <summary>Reading uploaded xlsx and CSV files, and finding each bad cell by line and column.</summary>
public sealed class NeedSheetReaderTests
{
    private static readonly Scheduler.Domain.Model.Instance Register = ContractJson.ReadInstance(Tiny.Register()).Value!;

    private static byte[] Utf8(string text, bool bom) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadCsv_ReadsColumnsByHeader_WithOrWithoutBom(bool bom)
    {
        var csv = "每年次数,企业编号,检查事项编号,可选月份\r\n2,\"E1 象山丹东海丰酒家\",\"SCJG-01,SCJG-02\",\"3,6\"\r\n\r\n1,E2,SCJG-07,\n";
        var read = NeedSheetReader.Read(Utf8(csv, bom), "a.csv");
        Assert.Empty(read.FileErrors);
        Assert.Equal([2, 4], read.Lines);
        Assert.Equal("E1 象山丹东海丰酒家", read.Rows[0].Enterprise);
        Assert.Equal("SCJG-01,SCJG-02", read.Rows[0].Items);
        Assert.Equal("3,6", read.Rows[0].Months);
        Assert.Equal("1", read.Rows[1].TimesPerYear);
    }

    [Fact]
    public void Read_ReportsTheMissingColumns_WhenTheHeaderIsNotTheTemplates()
    {
        var read = NeedSheetReader.Read(Utf8("名称,数量\nA,1\n", true), "a.csv");
        Assert.Contains("企业编号", Assert.Single(read.FileErrors));
        Assert.Empty(read.Rows);
    }

    [Fact]
    public void Read_SaysSaveAsXlsx_WhenTheFileIsAnOldXls()
    {
        var read = NeedSheetReader.Read([0xD0, 0xCF, 0x11, 0xE0, 0, 0], "old.xls");
        Assert.Contains(".xlsx", Assert.Single(read.FileErrors));
    }

    [Fact]
    public void Read_ReportsADamagedWorkbook_WhenTheZipIsBroken()
    {
        var read = NeedSheetReader.Read([(byte)'P', (byte)'K', 3, 4, 1, 2, 3], "bad.xlsx");
        Assert.Single(read.FileErrors);
    }

    [Fact]
    public void Check_MarksEachBadCellWithItsLineAndColumn_WhenAnXlsxHasBadRows()
    {
        NeedDraftRow[] rows =
        [
            new("", "E1 象山丹东海丰酒家", "SCJG-01 食品经营许可与进货查验检查", "1", "", "", ""),
            new("", "E999", "SCJG-01", "13", "", "", ""),
            new("", "E2", "YJGL-01", "1", "0,13", "", "也许"),
            new("", "E1", "SCJG-01", "2", "1-6", "", ""),
        ];
        var read = NeedSheetReader.Read(NeedTemplate.Write(Register, "SCJG", rows), "x.xlsx");
        var check = NeedRowChecker.Check(DraftRows.AssignIds(read.Rows, "SCJG"), Register, "SCJG", read.Lines);

        Assert.False(check[0].Bad);
        Assert.Equal("E1", check[0].Row.Enterprise);
        Assert.Equal("SCJG-01", check[0].Row.Items);
        Assert.Equal(["企业编号 E999 不在名录中"], check[1].ErrorsOf(NeedColumns.Enterprise));
        Assert.Equal(["每年次数必须是 1–12 的整数"], check[1].ErrorsOf(NeedColumns.TimesPerYear));
        Assert.Equal(3, check[1].Line);
        Assert.Contains("属于 YJGL", Assert.Single(check[2].ErrorsOf(NeedColumns.Items)));
        Assert.Equal(["可选月份 0 不是 1–12 月", "可选月份 13 不是 1–12 月"], check[2].ErrorsOf(NeedColumns.Months));
        Assert.True(check[2].IsBad(NeedColumns.Standalone));
        Assert.Equal(["与第 2 行重复（同一企业、同样的检查事项）"], check[3].ErrorsOf(NeedColumns.Row));
    }

    [Theory]
    [InlineData("", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData("3,6,9", new[] { 3, 6, 9 })]
    [InlineData("1-3、11月", new[] { 1, 2, 3, 11 })]
    [InlineData("5至7", new[] { 5, 6, 7 })]
    public void ReadMonths_ReadsListsAndRanges(string text, int[] expected) =>
        Assert.Equal(expected, NeedRowChecker.ReadMonths(text, [])!);

    [Fact]
    public void ReadMonths_ExplainsTheProblem_WhenTheTextIsNotMonths()
    {
        var errors = new List<CellError>();
        Assert.Null(NeedRowChecker.ReadMonths("春季", errors));
        Assert.Contains("看不懂", Assert.Single(errors).Message);
    }

    [Fact]
    public void Check_ReportsTheRepeatedNeedId_OnTheLaterRow()
    {
        NeedDraftRow[] rows = [new("N1", "E1", "SCJG-01", "1", "", "", ""), new("N1", "E2", "SCJG-01", "1", "", "", "")];
        var check = NeedRowChecker.Check(rows, Register, "SCJG");
        Assert.False(check[0].Bad);
        Assert.Equal(["需求编号 N1 与第 1 行重复"], check[1].ErrorsOf(NeedColumns.Id));
    }

    [Fact]
    public void NeedCsv_IsReadBackUnchanged_WhenCellsHoldCommasAndQuotes()
    {
        NeedDraftRow[] rows = [new("N\"1", "E1", "SCJG-01,SCJG-02", "2", "3,6", "2", "是")];
        var read = NeedSheetReader.Read(NeedCsv.Write(rows), "v.csv");
        Assert.Equal(rows, read.Rows.Select(r => r with { Source = null }));
    }
}

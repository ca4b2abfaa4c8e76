using System.Text;
using Scheduler.Api.Needs;
using Scheduler.Api.Shared.Uploads;

namespace Scheduler.Api.Tests.Shared.Uploads;

/// <summary>
/// Hostile uploads through the needs reader (and so <see cref="XlsxWorkbook"/>): each is one clear file error, naming
/// the setting when a limit was hit, never an exception. Small limits keep the files small.
/// </summary>
public sealed class XlsxWorkbookTests
{
    private static SheetRead Read(byte[] file, UploadLimits? limits = null, string name = "needs.xlsx") => NeedSheetReader.Read(file, name, limits);

    private static void AssertRefused(SheetRead read, string expected)
    {
        Assert.Empty(read.Rows);
        var error = Assert.Single(read.FileErrors);
        Assert.True(error.Contains(expected, StringComparison.Ordinal), $"expected '{expected}' in: {error}");
    }

    [Fact]
    public void Read_ReadsTheRows_WhenTheWorkbookIsWithinEveryLimit()
    {
        var read = Read(HostileFiles.Workbook(HostileFiles.NeedRows(5)));
        Assert.True(read.FileErrors.Count == 0, string.Join("; ", read.FileErrors));
        Assert.Equal(5, read.Rows.Count);
        Assert.Equal([2, 3, 4, 5, 6], read.Lines);
        Assert.Equal("E1", read.Rows[0].Enterprise);
    }

    [Fact]
    public void Read_NamesMaxRows_WhenTheSheetHasMoreRows()
    {
        AssertRefused(Read(HostileFiles.Workbook(HostileFiles.NeedRows(50)), new UploadLimits { MaxRows = 20 }), "Scheduler:Uploads:MaxRows");
    }

    [Fact]
    public void Read_NamesMaxColumns_WhenARowReaches16384Columns()
    {
        var cells = string.Concat(Enumerable.Range(0, 16_384).Select(c => $"<c r=\"{XlsxWorkbook.ColumnName(c)}1\"><v>1</v></c>"));
        AssertRefused(Read(HostileFiles.Workbook($"<row r=\"1\">{cells}</row>")), "Scheduler:Uploads:MaxColumns");
    }

    [Fact]
    public void Read_NamesMaxColumns_WhenOneCellSitsInColumnXfd()
    {
        AssertRefused(Read(HostileFiles.Workbook("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>")), "Scheduler:Uploads:MaxColumns");
    }

    [Fact]
    public void Read_SaysFormula_WhenACellHoldsAFormula()
    {
        var data = HostileFiles.NeedRows(1) + "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>HYPERLINK(\"http://x\",\"E1\")</f><v>E1</v></c></row>";
        AssertRefused(Read(HostileFiles.Workbook(data)), "公式");
    }

    [Fact]
    public void Read_NamesMaxCellChars_WhenASharedStringIsHuge()
    {
        var huge = "<si><t>" + new string('x', 200_000) + "</t></si>";
        var data = HostileFiles.Row(1, "企业编号", "检查事项编号", "每年次数") + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>";
        AssertRefused(Read(HostileFiles.Workbook(data, huge)), "Scheduler:Uploads:MaxCellChars");
    }

    [Fact]
    public void Read_NamesMaxSharedStrings_WhenTheTableHasTooManyEntries()
    {
        var table = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<si><t>s{i}</t></si>"));
        var data = HostileFiles.Row(1, "企业编号", "检查事项编号", "每年次数") + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1999</v></c></row>";
        AssertRefused(Read(HostileFiles.Workbook(data, table), new UploadLimits { MaxSharedStrings = 1_000 }), "Scheduler:Uploads:MaxSharedStrings");
    }

    [Fact]
    public void Read_SaysNotAWorkbook_WhenTheZipHoldsOnlyZips()
    {
        AssertRefused(Read(HostileFiles.ZipOfZips()), "压缩包");
    }

    [Fact]
    public void Read_NamesMaxPartMegabytes_WhenASheetInflatesPastIt()
    {
        AssertRefused(Read(HostileFiles.Workbook(HostileFiles.NeedRows(40_000)), new UploadLimits { MaxPartMegabytes = 1, MaxRows = 1_000_000 }),
            "Scheduler:Uploads:MaxPartMegabytes");
    }

    [Fact]
    public void Read_NamesMaxCompressionRatio_WhenASheetCompressesLikeABomb()
    {
        var filler = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + new string('a', 3_000) + "</t></is></c></row>";
        var data = HostileFiles.NeedRows(0) + string.Concat(Enumerable.Repeat(filler, 1_000));
        AssertRefused(Read(HostileFiles.Workbook(data), new UploadLimits { MaxCompressionRatio = 20, MaxRows = 1_000_000 }), "Scheduler:Uploads:MaxCompressionRatio");
    }

    [Fact]
    public void Read_RefusesThePart_WhenItInflatesBeyondItsDeclaredSize()
    {
        var lying = HostileFiles.LieAboutSize(HostileFiles.Workbook(HostileFiles.NeedRows(2_000)), "xl/worksheets/sheet1.xml", 1_000);
        var read = Read(lying);
        Assert.Empty(read.Rows);
        Assert.Single(read.FileErrors);
    }

    [Fact]
    public void Read_NamesMaxSheets_WhenTheWorkbookHasTooMany()
    {
        AssertRefused(Read(HostileFiles.Workbook(HostileFiles.NeedRows(1), sheets: 40)), "Scheduler:Uploads:MaxSheets");
    }

    [Fact]
    public void Read_NamesMaxParts_WhenThePackageHasTooMany()
    {
        var extra = Enumerable.Range(0, 600).Select(i => ($"xl/media/p{i}.bin", new byte[] { 1 }));
        AssertRefused(Read(HostileFiles.Workbook(HostileFiles.NeedRows(1), extra: extra)), "Scheduler:Uploads:MaxParts");
    }

    [Fact]
    public void Read_NamesMaxFileMegabytes_WhenTheFileIsLarger()
    {
        var big = new byte[2 * 1024 * 1024];
        big[0] = (byte)'P';
        big[1] = (byte)'K';
        AssertRefused(Read(big, new UploadLimits { MaxFileMegabytes = 1 }), "Scheduler:Uploads:MaxFileMegabytes");
    }

    [Fact]
    public void Read_SaysDeepXml_WhenASheetNestsThousandsOfElements()
    {
        var deep = "<row r=\"1\">" + string.Concat(Enumerable.Repeat("<x>", 5_000)) + string.Concat(Enumerable.Repeat("</x>", 5_000)) + "</row>";
        AssertRefused(Read(HostileFiles.Workbook(deep)), "XML");
    }

    [Fact]
    public void Read_SaysDamaged_WhenTheSheetDeclaresADtd()
    {
        var package = HostileFiles.Workbook(HostileFiles.NeedRows(1));
        var read = Read(Replace(package, "xl/worksheets/sheet1.xml",
            """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"""));
        AssertRefused(read, "xlsx");
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0, 0, 0 }, "needs.xlsx", "不是 Excel")]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', 1 }, "needs.xlsx", "不是 Excel")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "needs.xlsx", "xlsx")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x41 }, "needs.csv", "UTF-8")]
    public void Read_SaysWhatTheFileIsNot_WhenTheMagicBytesAreWrong(byte[] content, string name, string expected)
    {
        AssertRefused(Read(content, name: name), expected);
    }

    [Fact]
    public void Read_NamesTheLine_WhenACsvCellHoldsANul()
    {
        var csv = Encoding.UTF8.GetBytes("企业编号,检查事项编号,每年次数\nE1\0,SCJG-01,1\n");
        AssertRefused(Read(csv, name: "n.csv"), "U+0000");
    }

    [Fact]
    public void Read_NamesMaxRows_WhenACsvHasMoreLines()
    {
        var csv = Encoding.UTF8.GetBytes("企业编号,检查事项编号,每年次数\n" + string.Concat(Enumerable.Repeat("E1,SCJG-01,1\n", 100)));
        AssertRefused(Read(csv, new UploadLimits { MaxRows = 50 }, "n.csv"), "Scheduler:Uploads:MaxRows");
    }

    [Fact]
    public void Read_NamesMaxCellChars_WhenACsvCellIsHuge()
    {
        var csv = Encoding.UTF8.GetBytes("企业编号,检查事项编号,每年次数\n" + new string('E', 10_000) + ",SCJG-01,1\n");
        AssertRefused(Read(csv, name: "n.csv"), "Scheduler:Uploads:MaxCellChars");
    }

    private static byte[] Replace(byte[] package, string part, string text)
    {
        using var memory = new MemoryStream();
        memory.Write(package);
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
            using var stream = zip.CreateEntry(part).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
        return memory.ToArray();
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Scheduler.Api.Needs;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Tests.Needs;

/// <summary>The xlsx template: header, drop-down lists over hidden sheets, and that the reader takes it back.</summary>
public sealed class NeedTemplateTests
{
    private static readonly Scheduler.Domain.Model.Instance Register = ContractJson.ReadInstance(Tiny.Register()).Value!;

    [Fact]
    public void Write_AddsDropDownsReferencingHiddenLists_WhenTheRegisterHasEnterprisesAndItems()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(NeedTemplate.Write(Register, "SCJG")), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(SheetStateValues.Hidden, sheets.Single(s => s.Name == NeedTemplate.EnterpriseSheet).State!.Value);
        Assert.Equal(SheetStateValues.Hidden, sheets.Single(s => s.Name == NeedTemplate.ItemSheet).State!.Value);

        var names = workbook.Workbook.DefinedNames!.Elements<DefinedName>().ToDictionary(n => n.Name!.Value!, n => n.Text);
        Assert.Equal($"'{NeedTemplate.EnterpriseSheet}'!$A$1:$A${Register.Enterprises.Count}", names[NeedTemplate.EnterpriseListName]);
        Assert.Equal($"'{NeedTemplate.ItemSheet}'!$A$1:$A$3", names[NeedTemplate.ItemListName]);

        var needs = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == NeedTemplate.NeedsSheet).Id!);
        var validations = needs.Worksheet.Descendants<DataValidation>().ToList();
        var enterprise = validations.Single(v => v.Formula1?.Text == NeedTemplate.EnterpriseListName);
        Assert.Equal(DataValidationValues.List, enterprise.Type!.Value);
        Assert.StartsWith("A2:A", enterprise.SequenceOfReferences!.InnerText);
        var items = validations.Single(v => v.Formula1?.Text == NeedTemplate.ItemListName);
        Assert.StartsWith("B2:B", items.SequenceOfReferences!.InnerText);

        var itemList = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == NeedTemplate.ItemSheet).Id!);
        var listed = itemList.Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["SCJG-01 食品经营许可与进货查验检查", "SCJG-02 后厨食品安全检查", "SCJG-07 食品安全暗访抽样"], listed);
    }

    [Fact]
    public void Write_HasTheChineseHeader_WhenOpenedByTheReader()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(NeedTemplate.Write(Register, "SCJG")), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        var header = part.Worksheet.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(NeedTemplate.NeedsSheet, sheet.Name!.Value);
        Assert.Equal(["企业编号", "检查事项编号", "每年次数", "可选月份", "最小间隔月数", "单独检查", "需求编号"], header);
    }

    [Fact]
    public void Write_RoundTripsRows_WhenFilledAndReadBack()
    {
        NeedDraftRow[] rows = [new("N1", "E1", "SCJG-01,SCJG-02", "2", "3,6", "2", "是"), new("N2", "E2", "SCJG-07", "1", "", "1", "否")];
        var read = NeedSheetReader.Read(NeedTemplate.Write(Register, "SCJG", rows), "x.xlsx");
        Assert.Empty(read.FileErrors);
        Assert.Equal([2, 3], read.Lines);
        Assert.Equal(rows.Select(r => r with { Source = null }), read.Rows.Select(r => r with { Source = null }));
    }

    [Fact]
    public void ColumnLetters_CountsPastZ_WhenTheIndexIsLarge() => Assert.Equal(["A", "Z", "AA", "AZ", "BA"], new[] { 0, 25, 26, 51, 52 }.Select(NeedTemplate.ColumnLetters));
}

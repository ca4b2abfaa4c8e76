using MiniExcelLibs;
using Scheduler.Api.Register;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Generator;

namespace Scheduler.Api.Tests.Register;

/// <summary>The register workbook: what is written reads back the same, and every bad cell is named by sheet, row and column.</summary>
public sealed class RegisterWorkbookTests
{
    private static Instance TinyRegister() => ContractJson.ReadInstance(Tiny.Register()).Value!;

    [Fact]
    public void Read_GivesTheWrittenRegister_WhenTheWorkbookIsTiny()
    {
        var register = TinyRegister();
        var read = RegisterWorkbook.Read(RegisterWorkbook.Write(register));
        Assert.Empty(read.Errors);
        Assert.Equal(ContractJson.Write(register), ContractJson.Write(read.Register));
    }

    [Fact]
    public void Read_GivesTheWrittenRegister_WhenTheCountyIsGenerated()
    {
        var county = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 60, Seed = 3 }).Instance with { Needs = [] };
        var read = RegisterWorkbook.Read(RegisterWorkbook.Write(county));
        Assert.Empty(read.Errors);
        Assert.Equal(ContractJson.Write(county), ContractJson.Write(read.Register));
    }

    [Fact]
    public void Read_NamesSheetRowAndColumn_WhenACellIsNotANumber()
    {
        var workbook = Edit(RegisterWorkbook.Write(TinyRegister()), RegisterSheets.Enterprises, 1, "纬度", "北纬二十九度");
        var read = RegisterWorkbook.Read(workbook);
        var error = Assert.Single(read.Errors);
        Assert.Equal((RegisterSheets.Enterprises, 3, "纬度"), (error.Sheet, error.Row, error.Column));
        Assert.Contains("北纬二十九度", error.Message);
    }

    [Fact]
    public void Read_ReportsTheSheet_WhenARequiredSheetIsMissing()
    {
        var sheets = Sheets(RegisterWorkbook.Write(TinyRegister()));
        sheets.Remove(RegisterSheets.Inspectors);
        var read = RegisterWorkbook.Read(Save(sheets));
        var error = Assert.Single(read.Errors);
        Assert.Equal(RegisterSheets.Inspectors, error.Sheet);
        Assert.Null(error.Row);
    }

    [Fact]
    public void Read_AcceptsChineseTierAndWeekday_WhenTheOfficeTypesThemShort()
    {
        var bytes = Edit(RegisterWorkbook.Write(TinyRegister()), RegisterSheets.Enterprises, 0, "信用等级", "红");
        bytes = Edit(bytes, RegisterSheets.Calendar, 0, "值", "周四");
        var read = RegisterWorkbook.Read(bytes);
        Assert.Empty(read.Errors);
        Assert.Equal(CreditTiers.Red, read.Register.Enterprises[0].CreditTier);
        Assert.Equal([DayOfWeek.Thursday], read.Register.Calendar.JointWeekdays);
    }

    [Fact]
    public void Import_PlacesTheValidatorsFinding_WhenAnEnterpriseNamesAnUnknownTownship()
    {
        var workbook = Edit(RegisterWorkbook.Write(TinyRegister()), RegisterSheets.Enterprises, 2, "乡镇", "T99");
        var result = RegisterImport.Import(workbook, "register.xlsx", Tiny.Year);
        Assert.False(result.Valid);
        var error = Assert.Single(result.Errors);
        Assert.Equal((RegisterSheets.Enterprises, 4, "乡镇"), (error.Sheet, error.Row, error.Column));
        Assert.Equal("$.enterprises[2].township", error.Path);
        Assert.Contains("T99", error.Message);
        Assert.Contains("不存在", error.Message);
    }

    [Fact]
    public void Import_ReportsTheYearCell_WhenTheWorkbookIsForAnotherYear()
    {
        var result = RegisterImport.Import(RegisterWorkbook.Write(TinyRegister()), "register.xlsx", Tiny.Year + 1);
        var error = Assert.Single(result.Errors);
        Assert.Equal((RegisterSheets.Rules, "值"), (error.Sheet, error.Column));
    }

    [Fact]
    public void Import_AcceptsTheSpecsJson_IgnoringItsNeeds()
    {
        var instance = TinyRegister() with { Needs = [new Need { Id = "N1", Department = "SCJG", Enterprise = "E1", Items = ["x"] }] };
        var result = RegisterImport.Import(System.Text.Encoding.UTF8.GetBytes(ContractJson.Write(instance)), "tiny.json", Tiny.Year);
        Assert.True(result.Valid, string.Join("; ", result.Errors));
        Assert.Empty(result.Register!.Needs);
        Assert.Equal(1, result.IgnoredNeeds);
    }

    [Fact]
    public void Import_PlacesAJsonFinding_AtTheWorkbookCell()
    {
        var register = TinyRegister();
        var bad = register with { Departments = [.. register.Departments, register.Departments[0]] };
        var result = RegisterImport.Import(System.Text.Encoding.UTF8.GetBytes(ContractJson.Write(bad)), "bad.json", Tiny.Year);
        var error = Assert.Single(result.Errors);
        Assert.Equal((RegisterSheets.Departments, register.Departments.Count + 2, "编号"), (error.Sheet, error.Row, error.Column));
        Assert.Contains("重复", error.Message);
    }

    [Fact]
    public void Import_Fails_WhenTheFileIsNeitherXlsxNorJson()
    {
        var result = RegisterImport.Import([1, 2, 3], "register.txt", Tiny.Year);
        Assert.False(result.Valid);
        Assert.Single(result.Errors);
    }

    /// <summary>Every sheet of <paramref name="workbook"/> as rows of header → value.</summary>
    private static Dictionary<string, object> Sheets(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            sheets[name] = stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>()
                .Select(row => (IDictionary<string, object?>)new Dictionary<string, object?>(row)).ToList();
        }
        return sheets;
    }

    /// <summary>The workbook with one cell replaced: data row <paramref name="index"/> (0 = Excel row 2) of the column headed <paramref name="header"/>.</summary>
    private static byte[] Edit(byte[] workbook, string sheet, int index, string header, object value)
    {
        var sheets = Sheets(workbook);
        ((List<IDictionary<string, object?>>)sheets[sheet])[index][header] = value;
        return Save(sheets);
    }

    private static byte[] Save(Dictionary<string, object> sheets)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}

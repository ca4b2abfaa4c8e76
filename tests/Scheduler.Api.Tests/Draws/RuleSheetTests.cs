using System.Net;
using MiniExcelLibs;
using Scheduler.Api.Draws;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Tests.Draws;

/// <summary>
/// The rules workbook: the template carries a rule's columns and reads back as the same rules; a filled sheet's bad
/// cells are named by sheet and cell, and the checks' problems are placed in the cell of the rule's field.
/// </summary>
public sealed class RuleSheetTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Template_HasTheRuleColumns_AndReadsBackAsTheDepartmentsLatestRules()
    {
        using var scjg = api.Client(await Scenario.IssueTokenAsync(api, "SCJG"));
        using (var put = await scjg.PutAsync($"/api/years/{Tiny.Year}/rules", Scenario.Json(TinyRules.Scjg))) Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        using var response = await scjg.GetAsync($"/departments/SCJG/rules.xlsx?year={Tiny.Year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var stream = new MemoryStream(bytes))
        {
            var header = ((IDictionary<string, object>)stream.Query(sheetName: RuleColumns.RulesSheet).First()).Values.Select(v => v?.ToString()).ToList();
            Assert.Contains("规则编号", header);
            Assert.Contains("A级比例", header);
            Assert.Contains("企业名单", header);
        }
        var read = RuleSheetReader.Read(bytes, "SCJG");
        Assert.Empty(read.Errors);
        var expected = DrawJson.ReadRules(TinyRules.Scjg).Value!;
        Assert.Equal(expected.Rules.Select(r => r.Id), read.Rules!.Rules.Select(r => r.Id));
        Assert.Equal(1.0, read.Rules.Rules[0].RatioByLevel!["D"]);
        Assert.Equal(["E2"], read.Rules.Rules[1].Population.Enterprises!);
        Assert.Equal(4, read.Rules.Departments[0].MaxChecksPerEnterprise);
    }

    [Fact]
    public void Read_NamesTheSheetCell_OfACellThatDoesNotRead_AndPlacesTheChecksProblemsInTheirCells()
    {
        var rows = new[]
        {
            Row("SCJG-R01", "SCJG-01", industries: "restaurant", ratioA: "5%", ratioD: "1"),
            Row("SCJG-R02", "SCJG-02", industries: "bakery", ratioA: "lots", ratioD: "1.5"),
        };
        var bytes = Workbook(rows);

        var read = RuleSheetReader.Read(bytes, "SCJG");

        Assert.Equal(0.05, read.Rules!.Rules[0].RatioByLevel!["A"], 9);
        var bad = Assert.Single(read.Errors);
        Assert.Equal("规则!E3", bad.Path);    // rule 2 (row 3), A级比例 (column E)
        Assert.Contains("lots", bad.Message, StringComparison.Ordinal);
        var register = Scheduler.Domain.Json.ContractJson.ReadInstance(Tiny.Register()).Value!;
        var placed = RuleChecks.Check(register, read.Rules).Select(read.Place).ToList();
        Assert.Contains(placed, e => e.Path == "$.rules[1].population.industries[0]" && e.Message.StartsWith("规则!C3: ", StringComparison.Ordinal) && e.Message.Contains("bakery", StringComparison.Ordinal));
        Assert.Contains(placed, e => e.Path == "$.rules[1].ratioByLevel.D" && e.Message.StartsWith("规则!F3: ", StringComparison.Ordinal) && e.Message.Contains("SCJG-R02", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RefusesAFileThatIsNotAWorkbook_NamingTheFile()
    {
        var read = RuleSheetReader.Read("id,items\n"u8.ToArray(), "SCJG");

        Assert.Null(read.Rules);
        Assert.Equal("file", Assert.Single(read.Errors).Path);
    }

    /// <summary>A row; the sheet's columns: A 规则编号, B 检查事项, C 行业, D 企业名单, E A级比例, F D级比例.</summary>
    private static Dictionary<string, object> Row(string id, string items, string industries, string ratioA, string ratioD) => new()
    {
        ["规则编号"] = id,
        ["检查事项"] = items,
        ["行业"] = industries,
        ["企业名单"] = "",
        ["A级比例"] = ratioA,
        ["D级比例"] = ratioD,
    };

    private static byte[] Workbook(IEnumerable<Dictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [RuleColumns.RulesSheet] = rows.ToList() });
        return stream.ToArray();
    }
}

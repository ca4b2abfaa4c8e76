using Microsoft.Playwright;
using MiniExcelLibs;
using Scheduler.Tests.Shared;

namespace Scheduler.Web.Tests;

/// <summary>
/// The rules workbook in the page: download it, fill in a second rule with a bad ratio and an unknown industry, upload
/// it; the rules load into the editor, each bad cell is named by its sheet cell, and submitting is refused.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RuleWorkbookTests(WebApp app)
{
    private const string Department = "YJGL";

    [Fact]
    public async Task Department_UploadsTheRulesWorkbook_AndSeesEachBadCellNamed()
    {
        var page = await app.SignedInAsync(app.TokenOf(Department));
        await page.GotoAsync($"/departments/{Department}/rules?year={app.Year}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-rules-template").ClickAsync());
        using var temp = new TempFolder();
        var template = temp.File("rules-template.xlsx");
        await download.SaveAsAsync(template);

        // The example row as downloaded, and a second rule: 'lots' as its A ratio, an industry no enterprise has.
        var rows = MiniExcel.Query(template, useHeaderRow: true, sheetName: "规则").Select(r => new Dictionary<string, object?>((IDictionary<string, object?>)r)).ToList();
        Assert.Single(rows);
        var second = new Dictionary<string, object?>(rows[0]) { ["规则编号"] = $"{Department}-R02", ["行业"] = "bakery", ["A级比例"] = "lots" };
        rows.Add(second);
        var upload = temp.File("rules.xlsx");
        MiniExcel.SaveAs(upload, rows, sheetName: "规则");

        await page.Locator("#rules-file").SetInputFilesAsync(upload);
        await page.Locator("#upload-rules").ClickAsync();
        await page.Locator("#rules-sheet-errors").WaitForAsync();

        // Headers: A 规则编号, B 检查事项, C 类别, D 行业, … I A级比例; the second rule is on row 3.
        Assert.Contains("规则!I3", await page.Locator("#rules-sheet-errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"{Department}-R02", await page.Locator("#rules-json").InputValueAsync(), StringComparison.Ordinal);
        var problems = await page.Locator("#rules-problem-list").InnerTextAsync();
        Assert.Contains("规则!D3", problems, StringComparison.Ordinal);
        Assert.Contains("bakery", problems, StringComparison.Ordinal);
        Assert.True(await page.Locator($"#rules-preview tr[data-rule='{Department}-R02'].bad").CountAsync() > 0, "the bad rule's strata are marked");
        Assert.Equal(0, await page.Locator($"#rules-preview tr[data-rule='{Department}-R02']:not(.bad)").CountAsync());
        Assert.Equal(0, await page.Locator($"#rules-preview tr[data-rule='{Department}-R01'].bad").CountAsync());
        await Screens.TakeAsync(page, "department-rules-upload");

        await page.Locator("#submit-rules").ClickAsync();
        await page.Locator("#rules-problem-list").WaitForAsync();
        Assert.Equal(0, await page.Locator("#rules-saved").CountAsync());
        using var api = app.Api(app.TokenOf(Department));
        using var stored = await api.GetAsync($"/api/years/{app.Year}/rules");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, stored.StatusCode);
        await page.Context.CloseAsync();
    }
}

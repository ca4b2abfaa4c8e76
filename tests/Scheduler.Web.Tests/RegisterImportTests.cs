using Microsoft.Playwright;
using MiniExcelLibs;
using Scheduler.Tests.Shared;

namespace Scheduler.Web.Tests;

/// <summary>The office downloads the register as a workbook, uploads it back with a mistake, sees it placed, then uploads it right.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegisterImportTests(WebApp app)
{
    [Fact]
    public async Task RegisterImport_MarksTheBadCellAndSavesNothing_ThenSavesTheGoodWorkbook()
    {
        var page = await app.SignedInAsync(WebApp.OfficeToken);
        await page.GotoAsync($"/office/register?year={app.Year}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#register-download").ClickAsync());
        using var temp = new TempFolder();
        var good = temp.File("register.xlsx");
        await download.SaveAsAsync(good);

        // The same workbook with the first enterprise moved to a township that does not exist.
        var bad = temp.File("register-bad.xlsx");
        var sheets = new Dictionary<string, object>();
        foreach (var name in MiniExcel.GetSheetNames(good))
        {
            var rows = MiniExcel.Query(good, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>()
                .Select(r => new Dictionary<string, object?>(r)).ToList();
            if (name == "企业") rows[0]["乡镇"] = "T99";
            sheets[name] = rows;
        }
        MiniExcel.SaveAs(bad, sheets);

        await page.Locator("#register-file").SetInputFilesAsync(bad);
        await page.Locator("#register-import").ClickAsync();
        var errors = page.Locator("#register-errors");
        await errors.WaitForAsync();
        var placed = errors.Locator("tr[data-sheet='企业']");
        Assert.True(await placed.CountAsync() >= 1, await errors.InnerTextAsync());
        Assert.Contains("T99", await placed.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#register-saved").CountAsync());
        await Screens.TakeAsync(page, "office-register-errors");

        await page.Locator("#register-file").SetInputFilesAsync(good);
        await page.Locator("#register-import").ClickAsync();
        await page.Locator("#register-saved").WaitForAsync();
        Assert.Equal(0, await page.Locator("#register-errors").CountAsync());
        await page.Context.CloseAsync();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using MiniExcelLibs;
using Scheduler.Tests.Shared;

namespace Scheduler.Web.Tests;

/// <summary>
/// A department's year: download the template, upload a filled sheet with two bad rows, see both marked, fix one in the
/// form, delete the other, submit a version; then, once the office has solved, see its own visits.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DepartmentFlowTests(WebApp app)
{
    private const string Department = WebApp.UploadingDepartment;

    [Fact]
    public async Task Department_UploadsFixesAndSubmits_WhenTheSheetHasTwoBadRows()
    {
        var page = await app.SignedInAsync(app.TokenOf(Department));
        Assert.Equal($"/departments/{Department}/needs", new Uri(page.Url).AbsolutePath);

        // The template downloads as an xlsx workbook.
        await page.GotoAsync($"/departments/{Department}/upload?year={app.Year}");
        var template = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-template").ClickAsync());
        using var temp = new TempFolder();
        var templatePath = temp.File("template.xlsx");
        await template.SaveAsAsync(templatePath);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(templatePath)[..2]);

        // A filled sheet: the sample's needs of the department, two of them spoiled.
        var needs = app.Sample["needs"]!.AsArray().Where(n => (string)n!["department"]! == Department).Select(n => n!.AsObject()).ToList();
        var unknownEnterprise = needs[1];
        var tooOften = needs[2];
        var rows = needs.Select(n => Row(n)).ToList();
        rows[1]["企业编号"] = "E999";
        rows[2]["每年次数"] = "13";
        var upload = temp.File("needs.xlsx");
        MiniExcel.SaveAs(upload, rows, sheetName: "需求");

        await page.Locator("#upload-file").SetInputFilesAsync(upload);
        await page.Locator("#upload-submit").ClickAsync();
        var preview = page.Locator("#upload-preview");
        await preview.WaitForAsync();
        Assert.Equal(2, await preview.Locator("tr.bad").CountAsync());
        var previewText = await preview.InnerTextAsync();
        Assert.Contains("E999 不在名录中", previewText, StringComparison.Ordinal);
        Assert.Contains("1–12", previewText, StringComparison.Ordinal);
        Assert.True(await preview.Locator("td.bad").CountAsync() >= 2, "each bad cell is marked");
        await Screens.TakeAsync(page, "department-upload-preview");

        // Into the draft; submitting is refused while rows are bad.
        await page.Locator("#replace-draft").ClickAsync();
        await page.GotoAsync($"/departments/{Department}/needs?year={app.Year}");
        Assert.Equal(2, await page.Locator("#needs-table tr.bad").CountAsync());

        // Fix the unknown enterprise in the form.
        var badEnterprise = page.Locator($"#needs-table tr.bad[data-need='{(string)unknownEnterprise["id"]!}']");
        await badEnterprise.Locator("a.edit-need").ClickAsync();
        await page.Locator("#need-form").WaitForAsync();
        var enterprise = page.Locator("#f-enterprise");
        if (await enterprise.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            await enterprise.SelectOptionAsync((string)unknownEnterprise["enterprise"]!);
        else
            await enterprise.FillAsync((string)unknownEnterprise["enterprise"]!);
        await page.Locator("#save-need").ClickAsync();
        await page.Locator("#needs-table").WaitForAsync();
        await page.GotoAsync($"/departments/{Department}/needs?year={app.Year}");
        Assert.Equal(1, await page.Locator("#needs-table tr.bad").CountAsync());

        // Delete the other bad row, then submit.
        await page.Locator($"#needs-table tr.bad[data-need='{(string)tooOften["id"]!}'] a.delete-need").ClickAsync();
        await page.Locator("#confirm-delete").ClickAsync();
        await page.Locator("#needs-table").WaitForAsync();
        await page.GotoAsync($"/departments/{Department}/needs?year={app.Year}");
        Assert.Equal(0, await page.Locator("#needs-table tr.bad").CountAsync());
        await page.Locator("#submit-version").ClickAsync();
        await page.Locator("#done-message").WaitForAsync();
        Assert.Contains("1", await page.Locator("#latest-version").InnerTextAsync(), StringComparison.Ordinal);
        await Screens.TakeAsync(page, "department-needs");

        // The version is what the department meant: every sample need but the deleted one, the fixed one as it was.
        using var api = app.Api(app.TokenOf(Department));
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/years/{app.Year}/needs");
        var submission = stored.GetProperty("submissions")[0];
        Assert.Equal(1, submission.GetProperty("version").GetInt32());
        var storedNeeds = submission.GetProperty("needs").EnumerateArray().ToList();
        Assert.Equal(needs.Count - 1, storedNeeds.Count);
        Assert.Contains(storedNeeds, n => n.GetProperty("id").GetString() == (string)unknownEnterprise["id"]!
            && n.GetProperty("enterprise").GetString() == (string)unknownEnterprise["enterprise"]!);
        Assert.DoesNotContain(storedNeeds, n => n.GetProperty("id").GetString() == (string)tooOften["id"]!);

        await page.GotoAsync($"/departments/{Department}/versions?year={app.Year}");
        Assert.Equal(1, await page.Locator("#versions tr[data-version]").CountAsync());
        await Screens.TakeAsync(page, "department-versions");

        // Once the office has a plan, the department sees its visits and who comes along.
        await app.SolveAsync();
        await page.GotoAsync($"/departments/{Department}/visits?year={app.Year}");
        Assert.Matches(@"[1-9]", await page.Locator("#visits-total").InnerTextAsync());
        await Screens.TakeAsync(page, "department-visits");
        await page.Context.CloseAsync();
    }

    /// <summary>A sample need as a row of the template's columns.</summary>
    private static Dictionary<string, object> Row(JsonObject need) => new()
    {
        ["企业编号"] = (string)need["enterprise"]!,
        ["检查事项编号"] = string.Join(",", need["items"]!.AsArray().Select(i => (string)i!)),
        ["每年次数"] = ((int)need["timesPerYear"]!).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["可选月份"] = string.Join(",", need["months"]!.AsArray().Select(m => (int)m!)),
        ["最小间隔月数"] = ((int)need["minGapMonths"]!).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["单独检查"] = (bool)need["standalone"]! ? "是" : "否",
        ["需求编号"] = (string)need["id"]!,
    };
}

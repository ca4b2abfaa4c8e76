using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Scheduler.Tests.Shared;

namespace Scheduler.Web.Tests;

/// <summary>
/// The office's day: who has submitted, start a solve and watch it finish, then the overview, an enterprise's visits,
/// a month's calendar and the downloads — each page screenshotted into docs/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OfficeFlowTests(WebApp app)
{
    [Fact]
    public async Task Office_SolvesAndReadsThePlan_FromStartToCalendar()
    {
        var page = await app.SignedInAsync(WebApp.OfficeToken);

        // Who has submitted: every department but the uploading one, which has not yet.
        await page.GotoAsync($"/office/submissions?year={app.Year}");
        Assert.Contains(WebApp.UploadingDepartment, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Screens.TakeAsync(page, "office-submissions");

        // Start a solve; the progress page follows it live to the end.
        await page.GotoAsync($"/office/solves?year={app.Year}");
        await page.Locator("#start-solve").ClickAsync();
        await page.WaitForURLAsync(RunPage());
        var runId = long.Parse(RunPage().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var state = page.Locator("#solve-state");
        try
        {
            await Assertions.Expect(state).ToHaveAttributeAsync("data-state", "succeeded", new() { Timeout = 240_000 });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"run {runId} did not succeed: {e.Message}\nservice output:\n{app.ServiceOutput}", e);
        }
        var progress = page.Locator("#solve-progress");
        Assert.Equal(await progress.GetAttributeAsync("max"), await progress.GetAttributeAsync("value"));
        Assert.Matches(@"\d", await page.Locator("#solve-visits").InnerTextAsync());
        await Screens.TakeAsync(page, "office-solve");

        // The overview: figures, the month x township heat map, the month x department load against capacity.
        await page.GotoAsync($"/office?run={runId}");
        Assert.Matches(@"\d", await page.Locator("#figure-visits").InnerTextAsync());
        Assert.Matches(@"\d", await page.Locator("#figure-saved").InnerTextAsync());
        Assert.Matches(@"\d", await page.Locator("#figure-gap").InnerTextAsync());
        Assert.Matches(@"\d", await page.Locator("#figure-joint-rate").InnerTextAsync());
        Assert.True(await page.Locator("#heatmap tbody tr").CountAsync() >= 2, "the heat map has a row per township");
        Assert.True(await page.Locator("#load-chart").IsVisibleAsync());
        await Screens.TakeAsync(page, "office-overview");

        // An enterprise found by search, and its visits.
        await page.GotoAsync("/office/enterprises");
        await page.Locator("#enterprise-search input[name=q]").FillAsync("E001");
        await page.Locator("#enterprise-search input[name=q]").PressAsync("Enter");
        await page.Locator("#enterprise-results a[href*='/office/enterprises/E001']").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/office/enterprises/E001", StringComparison.Ordinal));
        Assert.True(await page.Locator("#enterprise-visits tbody tr").CountAsync() >= 1, "E001 has visits in the plan");
        await Screens.TakeAsync(page, "office-enterprise");

        // A month's calendar of team-days.
        await page.GotoAsync($"/office/calendar?run={runId}&month=3");
        var calendar = page.Locator("#month-calendar");
        Assert.True(await calendar.IsVisibleAsync());
        Assert.True(await calendar.Locator("td a, td li").CountAsync() >= 1, "March has team-days");
        await Screens.TakeAsync(page, "office-calendar");

        // The plan as JSON from the downloads page passes the contract's validator.
        await page.GotoAsync($"/office/downloads?run={runId}");
        await Screens.TakeAsync(page, "office-downloads");
        if (ValidatorScript.Available)
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-json").ClickAsync());
            using var temp = new TempFolder();
            var plan = temp.File("plan.json");
            await download.SaveAsAsync(plan);
            using var client = app.Api();
            var instance = temp.File("instance.json");
            await File.WriteAllTextAsync(instance, await client.GetStringAsync($"/api/years/{app.Year}/instance"));
            var (exitCode, report) = ValidatorScript.RunFiles(instance, plan);
            Assert.True(exitCode == 0, report.ToString());
        }
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/office/solves/(\d+)")]
    private static partial Regex RunPage();
}

using Microsoft.Playwright;

namespace Scheduler.Web.Tests;

/// <summary>
/// What more officers or a second joint weekday buy: from a staffed solve's page the office opens 增员测算, asks for two
/// more officers of a department and for Thursday as a joint weekday too, and the page fills in each year against the
/// staff as it stands as the job plans it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffingFlowTests(WebApp app)
{
    [Fact]
    public async Task Office_AsksWhatTwoMoreOfficersAndAJointThursdayBuy_AndThePageShowsTheirYears()
    {
        var runId = await app.SolveAsync();
        var office = await app.SignedInAsync(WebApp.OfficeToken);
        await office.GotoAsync($"/office/solves/{runId}");

        await office.Locator("#solve-staffing").ClickAsync();
        await office.WaitForURLAsync(url => url.EndsWith($"/office/solves/{runId}/staffing", StringComparison.Ordinal));
        await office.Locator("#staffing-additions").FillAsync("YJGL:2\n周四");
        await office.Locator("#staffing-start").ClickAsync();

        var whatIf = office.Locator("section.staffing-whatif").First;
        try
        {
            // The page refreshes itself every 5 s while the job plans the year.
            await Assertions.Expect(whatIf).ToHaveAttributeAsync("data-state", "succeeded", new() { Timeout = 240_000 });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"the staffing what-if did not succeed: {e.Message}\nservice output:\n{app.ServiceOutput}", e);
        }
        var rows = whatIf.Locator("tbody tr");
        Assert.Equal(3, await rows.CountAsync());
        Assert.Contains("现有人员", await rows.Nth(0).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("YJGL:2", await rows.Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("周四也作联合检查日", await rows.Nth(2).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await office.Locator("#staffing-errors").CountAsync());
        await Screens.TakeAsync(office, "office-staffing");

        // A department the county does not have is named on the page, and nothing starts.
        await office.Locator("#staffing-additions").FillAsync("ZZZ:2");
        await office.Locator("#staffing-start").ClickAsync();
        await office.Locator("#staffing-errors").WaitForAsync();
        Assert.Contains("ZZZ", await office.Locator("#staffing-errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await office.Locator("section.staffing-whatif").CountAsync());
    }
}

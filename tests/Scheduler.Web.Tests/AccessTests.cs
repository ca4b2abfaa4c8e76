using Microsoft.Playwright;

namespace Scheduler.Web.Tests;

/// <summary>A department sees its own pages only; the office pages are the office's.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessTests(WebApp app)
{
    public static TheoryData<string> DepartmentPages => new() { "needs", "upload", "versions", "visits" };

    public static TheoryData<string> OfficePages => new()
    {
        "/office", "/office/register", "/office/submissions", "/office/solves", "/office/enterprises", "/office/calendar", "/office/downloads",
        "/office/tokens",
    };

    [Theory]
    [MemberData(nameof(DepartmentPages))]
    public async Task DepartmentPage_IsDenied_WhenAnotherDepartmentOpensIt(string page)
    {
        var browser = await app.SignedInAsync(app.TokenOf("SCJG"));

        var response = await browser.GotoAsync($"/departments/YJGL/{page}");

        Assert.Equal(403, response!.Status);
        Assert.Equal("无权访问", await browser.Locator("h1").InnerTextAsync());
        Assert.Equal(0, await browser.Locator("table").CountAsync());
        await browser.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(OfficePages))]
    public async Task OfficePage_IsDenied_WhenADepartmentOpensIt(string path)
    {
        var browser = await app.SignedInAsync(app.TokenOf("SCJG"));

        await browser.GotoAsync(path);

        Assert.Equal("/denied", new Uri(browser.Url).AbsolutePath);
        Assert.Equal("无权访问", await browser.Locator("h1").InnerTextAsync());
        await browser.Context.CloseAsync();
    }

    [Fact]
    public async Task DepartmentPage_Opens_WhenTheOfficeOpensIt()
    {
        var browser = await app.SignedInAsync(WebApp.OfficeToken);

        var response = await browser.GotoAsync("/departments/YJGL/needs");

        Assert.Equal(200, response!.Status);
        Assert.Contains("YJGL", await browser.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await browser.Context.CloseAsync();
    }

    [Fact]
    public async Task HangfireDashboard_Opens_WhenTheOfficeIsSignedIn()
    {
        var browser = await app.SignedInAsync(WebApp.OfficeToken);

        var response = await browser.GotoAsync("/hangfire");

        Assert.Equal(200, response!.Status);
        Assert.Contains("Hangfire", await browser.TitleAsync(), StringComparison.OrdinalIgnoreCase);
        await browser.Context.CloseAsync();
    }
}

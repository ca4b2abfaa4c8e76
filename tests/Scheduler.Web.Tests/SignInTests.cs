using Microsoft.Playwright;

namespace Scheduler.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(WebApp app)
{
    [Fact]
    public async Task SignIn_OpensTheOverview_WhenTheOfficeTokenIsEntered()
    {
        var page = await app.SignedInAsync(WebApp.OfficeToken);

        Assert.EndsWith("/office", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("县综合执法办", await page.Locator("header .who").InnerTextAsync(), StringComparison.Ordinal);
        string[] expected =
        [
            "/office", "/office/register", "/office/submissions", "/office/draws", "/office/solves",
            "/office/enterprises", "/office/calendar", "/office/downloads", "/office/tokens",
        ];
        var links = page.Locator("header nav a[href^='/office']");
        var hrefs = new List<string>();
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            hrefs.Add(await links.Nth(i).GetAttributeAsync("href") ?? "");
        }

        Assert.Equal(expected, hrefs);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_OpensTheDepartmentsNeeds_WhenADepartmentTokenIsEntered()
    {
        var page = await app.SignedInAsync(app.TokenOf("SCJG"));

        Assert.Equal("/departments/SCJG/needs", new Uri(page.Url).AbsolutePath);
        Assert.Contains("SCJG", await page.Locator("header .who").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("header nav a[href^='/office']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_ShowsTheErrorNextToTheField_WhenTheTokenIsUnknown()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/signin");
        await Screens.TakeAsync(page, "signin");

        await page.GetByLabel("访问令牌").FillAsync("not-a-token");
        await page.GetByLabel("访问令牌").PressAsync("Enter");

        var error = page.Locator("#token-error");
        await error.WaitForAsync();
        Assert.Contains("令牌无效", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetByLabel("访问令牌").GetAttributeAsync("aria-invalid"));
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OfficePage_RedirectsToSignIn_WhenNobodyIsSignedIn()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync("/office/solves");

        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        Assert.Contains("returnUrl=%2Foffice%2Fsolves", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LanguageSwitch_ShowsEnglish_AndBackToChinese()
    {
        var page = await app.SignedInAsync(app.TokenOf("SCJG"));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("department SCJG", await page.Locator("header .who").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await app.SignedInAsync(app.TokenOf("SCJG"));

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
        await page.GotoAsync("/departments/SCJG/needs");

        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }
}

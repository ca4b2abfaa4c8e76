using Microsoft.Playwright;

namespace Scheduler.Web.Tests;

/// <summary>Every page has a title and one h1, in Chinese by default, and can be used with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageBasicsTests(WebApp app)
{
    public static TheoryData<string> OfficePages => new()
    {
        "/office", "/office/register", "/office/register?tab=enterprises", "/office/register?tab=inspectors", "/office/register?tab=capacities",
        "/office/register?tab=calendar", "/office/submissions", "/office/solves", "/office/enterprises", "/office/enterprises/E001",
        "/office/calendar", "/office/downloads", "/office/tokens",
        "/departments/SCJG/needs", "/departments/SCJG/needs/new", "/departments/SCJG/upload", "/departments/SCJG/versions", "/departments/SCJG/visits",
        "/departments/SCJG/records", "/departments/SCJG/changes",
    };

    [Theory]
    [MemberData(nameof(OfficePages))]
    public async Task Page_HasATitleAndOneHeading_InChineseThenEnglish(string path)
    {
        var page = await app.SignedInAsync(WebApp.OfficeToken);

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        var title = await page.TitleAsync();
        Assert.Contains("综合查一次", title, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));

        await page.GotoAsync("/lang/en?returnUrl=" + Uri.EscapeDataString(path));
        Assert.Contains("Joint inspection planner", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_SignsInAndReachesTheContent_WithoutAMouse()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/signin");

        // The token field has the focus on arrival; typing and Enter sign in.
        await Assertions.Expect(page.GetByLabel("访问令牌")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(app.TokenOf("SCJG"));
        await Assertions.Expect(page.GetByLabel("访问令牌")).ToHaveValueAsync(app.TokenOf("SCJG"));
        await page.Keyboard.PressAsync("Enter");
        // The landed page, by polling its URL and then its footer by a locator: waiting for the navigation's commit once hung
        // for 120 s in a full test run (as signing in did before WebApp waited for the footer instead).
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/departments/SCJG/needs"));
        await page.Locator("body > footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // The first Tab lands on the skip link, which shows itself and jumps to the main content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        // The fragment navigation is asynchronous: wait for it (read at once, the URL was once still without it in CI).
        await page.WaitForURLAsync(url => url.EndsWith("#main", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);

        // Tabbing onwards reaches the navigation's links, each with a visible focus outline.
        var reached = new HashSet<string>(StringComparer.Ordinal);
        await page.Locator("header a.brand").FocusAsync();
        for (var i = 0; i < 8; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var href = await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')");
            if (href is not null) reached.Add(href);
        }
        Assert.Contains("/departments/SCJG/upload", reached);
        Assert.Contains("/departments/SCJG/versions", reached);
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Context.CloseAsync();
    }
}

using Microsoft.Playwright;

namespace Scheduler.Web.Tests;

/// <summary>Full-page screenshots of the main pages into docs/screenshots (the README shows them).</summary>
public static class Screens
{
    public static async Task TakeAsync(IPage page, string name)
    {
        var path = Path.Combine(Repo.Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 1000, $"the screenshot {path} is empty");
    }
}

using Microsoft.Playwright;

namespace Scheduler.Web.Tests;

/// <summary>Screenshots of the main pages into docs/screenshots (the README shows them): the page's top, at most 1,600 px tall.</summary>
public static class Screens
{
    private const int MaxHeight = 1600;

    public static async Task TakeAsync(IPage page, string name)
    {
        var path = Path.Combine(Repo.Screenshots, name + ".png");
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        var width = page.ViewportSize?.Width ?? 1360;
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(height, MaxHeight) },
        });
        Assert.True(new FileInfo(path).Length > 1000, $"the screenshot {path} is empty");
    }
}

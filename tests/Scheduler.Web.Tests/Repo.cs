using Scheduler.Tests.Shared;

namespace Scheduler.Web.Tests;

/// <summary>The repository's folders the browser tests read (samples) and write (docs/screenshots).</summary>
public static class Repo
{
    public static string Root => ValidatorScript.RepoRoot ?? throw new InvalidOperationException("no Scheduler.sln above the tests");

    /// <summary>docs/screenshots, where the tests leave a full-page PNG of each main page (referenced from the README).</summary>
    public static string Screenshots
    {
        get
        {
            var folder = Path.Combine(Root, "docs", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}

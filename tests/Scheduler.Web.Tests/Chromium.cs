namespace Scheduler.Web.Tests;

/// <summary>Debian's Chromium (scripts/test.sh installs it when missing); CHROMIUM_PATH overrides. Never Playwright's own download.</summary>
public static class Chromium
{
    public static string Path
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
            string[] candidates = [.. (configured is { Length: > 0 } ? [configured] : Array.Empty<string>()), "/usr/bin/chromium", "/usr/bin/chromium-browser"];
            return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
                "Chromium is not installed: the browser tests need it. scripts/test.sh installs it (apt-get install -y chromium); " +
                "or set CHROMIUM_PATH to a Chromium binary.");
        }
    }

    /// <summary>Arguments for a headless Chromium in a container: no sandbox (root in CI), no GPU, no network chatter.</summary>
    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage"];
}

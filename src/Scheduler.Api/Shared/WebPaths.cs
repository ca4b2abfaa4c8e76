namespace Scheduler.Api.Shared;

/// <summary>Which requests are for pages (answered in HTML) rather than the API, the dashboard or the health check.</summary>
public static class WebPaths
{
    public static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/hangfire") && !path.StartsWithSegments("/health")
        && !path.StartsWithSegments("/openapi") && !path.StartsWithSegments("/scalar");

    /// <summary>
    /// True for a path on this site ("/office?run=3"); false for an absolute or protocol-relative URL ("//evil",
    /// "/\\evil"), so a returnUrl can never send the user elsewhere.
    /// </summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}

namespace Scheduler.Api.Web;

/// <summary>Which requests are for pages (answered in HTML) rather than the API, the dashboard or the health check.</summary>
public static class WebPaths
{
    public static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/hangfire") && !path.StartsWithSegments("/health")
        && !path.StartsWithSegments("/openapi") && !path.StartsWithSegments("/scalar");
}

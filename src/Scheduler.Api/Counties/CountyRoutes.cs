using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Counties;

/// <summary>
/// The county routes: "/api/counties/{county}/years/2026/solves" is "/api/years/2026/solves" in that county. Before
/// routing, a county path is checked (six digits, a county the platform hosts: else 404 naming it), its county put in
/// scope and the path rewritten to the route every endpoint has; Location headers the endpoints write ("/api/solves/7")
/// go back out under the county's prefix. The routes without a county are the installation's own county (a
/// single-county installation uses only those); <see cref="CountyOfCaller"/> then holds the caller to its county. The
/// province's own routes have no county route (<see cref="HasCountyRoute"/>): under a county's prefix they are a 404.
/// </summary>
public sealed class CountyRoutes(RequestDelegate next, CountyStore counties, IProblemDetailsService problems)
{
    private const string Prefix = "/api/counties";
    private const string CountyKey = "scheduler.county";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal, out var rest))
        {
            await next(context);
            return;
        }
        var segments = rest.Value!.Split('/', 3);   // "", code, rest
        var code = segments.Length > 1 ? segments[1] : "";
        if (!CountyScope.IsCode(code) || !await counties.ExistsAsync(code, context.RequestAborted) || segments.Length < 3 || segments[2].Length == 0)
        {
            await NotFoundAsync(context, CountyScope.IsCode(code)
                ? segments.Length < 3 || segments[2].Length == 0
                    ? $"'{context.Request.Path}' names county {code} but no resource: use /api/counties/{code}/years/..., /solves/..."
                    : $"county {code} is not on this platform (GET /api/province/counties lists them)"
                : $"'{Truncate(code)}' in '{Prefix}/{{county}}/...' is not a county code (six digits, e.g. 330681)");
            return;
        }
        var route = "/api/" + segments[2];
        if (!HasCountyRoute(route))
        {
            await NotFoundAsync(context, $"'{Truncate(route)}' has no county route: the province's routes are used without '{Prefix}/{code}'");
            return;
        }
        context.Items[CountyKey] = code;
        context.Request.Path = route;
        context.Response.OnStarting(() =>
        {
            if (context.Response.Headers.Location.ToString() is { } location && location.StartsWith("/api/", StringComparison.Ordinal))
            {
                context.Response.Headers.Location = InCounty(code, location);
            }
            return Task.CompletedTask;
        });
        using (CountyScope.Use(code)) await next(context);
    }

    /// <summary>The county the request's route named, or null for a route without a county.</summary>
    public static string? RouteCounty(HttpContext context) => context.Items[CountyKey] as string;

    /// <summary>An API path ("/api/solves/7") as the caller addressed it: under its county's prefix when it came through one.</summary>
    public static string ApiPath(HttpContext context, string path) =>
        RouteCounty(context) is { } code && path.StartsWith("/api/", StringComparison.Ordinal) ? InCounty(code, path) : path;

    /// <summary>
    /// Whether the API route <paramref name="path"/> ("/api/years/{year}/solves") has a county route: every /api route but
    /// the province's own (/api/province/...) and the county routes themselves. The middleware serves only these under a
    /// county's prefix, and the OpenAPI document lists them (<see cref="Hosting.OpenApi.CountyRoutesDocumentTransformer"/>).
    /// </summary>
    public static bool HasCountyRoute(string path) =>
        path.StartsWith("/api/", StringComparison.Ordinal)
        && !new PathString(path).StartsWithSegments("/api/province")   // case-insensitive, as routing is
        && !new PathString(path).StartsWithSegments(Prefix);

    /// <summary>An API route ("/api/solves/7") in county <paramref name="county"/>: "/api/counties/{county}/solves/7".</summary>
    public static string InCounty(string county, string path) => Prefix + "/" + county + path[4..];

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private Task NotFoundAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = detail },
        }).AsTask();
    }
}

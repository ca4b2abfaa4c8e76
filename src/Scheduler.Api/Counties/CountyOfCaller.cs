using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Counties;

/// <summary>
/// After authentication: holds every caller to its county. A county's token (or session) works in its own county only:
/// on another county's route it is refused (403), and on a route without a county it means its own county, so its pages
/// and the plain routes need no county in the path. A province token reads any county named by the route and never
/// writes there, and never reads needs or tokens. Everything after this runs with the county in scope.
/// </summary>
public sealed class CountyOfCaller(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var route = CountyRoutes.RouteCounty(context);
        var user = context.User;
        var county = route;
        if (user.Identity?.IsAuthenticated == true)
        {
            if (SessionPrincipal.IsProvince(user))
            {
                if (Refusal(context.Request) is { } refusal)
                {
                    await ForbiddenAsync(context, refusal);
                    return;
                }
            }
            else
            {
                var own = SessionPrincipal.County(user);
                if (context.Request.Path.StartsWithSegments("/api/province"))
                {
                    await ForbiddenAsync(context, "only a province token uses /api/province");
                    return;
                }
                if (route is not null && own != route)
                {
                    await ForbiddenAsync(context, $"this token belongs to {(own is null ? "the installation's own county" : "county " + own)}, not county {route}");
                    return;
                }
                county = own;
            }
        }
        using (CountyScope.Use(county)) await next(context);
    }

    /// <summary>Why a province token may not make this request, or null when it may.</summary>
    private static string? Refusal(HttpRequest request)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/api/province")) return null;
        if (!path.StartsWithSegments("/api")) return null;   // pages decide by role: the office's and departments' refuse it
        if (path.StartsWithSegments("/api/tokens")) return "a province token never reads or issues a county's tokens";
        if (path.Value!.Contains("/needs", StringComparison.Ordinal)) return "a province token never reads a county's needs or drafts";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return "a province token only reads a county's figures and plans";
        return null;
    }

    private Task ForbiddenAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = detail },
        }).AsTask();
    }
}

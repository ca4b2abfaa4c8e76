using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using Scheduler.Api.Shared.Auth;

namespace Scheduler.Api.Shared;

/// <summary>The pages' small non-page endpoints: sign-out and the language switch.</summary>
public static class WebEndpoints
{
    public static IEndpointRouteBuilder MapWebEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/signout", SignOutAsync).ExcludeFromDescription();
        app.MapGet("/lang/{culture}", SwitchLanguage).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
        await context.SignOutAsync(SessionCookie.SchemeName);
        return Results.Redirect(SessionCookie.SignInPath);
    }

    /// <summary>Sets the "lang" cookie to zh-CN or en for a year and goes back to the page (a local path only).</summary>
    private static IResult SwitchLanguage(string culture, string? returnUrl, HttpContext context)
    {
        var chosen = string.Equals(culture, Ui.English, StringComparison.OrdinalIgnoreCase) ? Ui.English : Ui.Chinese;
        context.Response.Cookies.Append(Ui.CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        return Results.Redirect(WebPaths.IsLocal(returnUrl) ? returnUrl! : "/");
    }
}

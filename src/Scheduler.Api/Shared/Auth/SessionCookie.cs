using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Scheduler.Api.Shared.Auth;

/// <summary>
/// The web pages' session: after signing in with a token, the same claims as the bearer handler gives, in an
/// HttpOnly, SameSite=Strict cookie. The default scheme picks bearer when an Authorization header is sent, the
/// cookie otherwise; under /api a missing or refused cookie is 401/403, never a redirect to the sign-in page. A cookie
/// whose token was revoked (or is unknown) ends its session at its next request (<see cref="ValidateAsync"/>).
/// </summary>
public static class SessionCookie
{
    public const string SchemeName = "Session";
    public const string SelectorScheme = "BearerOrSession";
    public const string CookieName = ".scheduler.session";
    public const string SignInPath = "/signin";
    public const string DeniedPath = "/denied";

    public static AuthenticationBuilder AddSessionCookie(this AuthenticationBuilder builder)
    {
        builder.AddCookie(SchemeName, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = SignInPath;
            options.AccessDeniedPath = DeniedPath;
            options.ReturnUrlParameter = "returnUrl";
            options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            options.Events.OnValidatePrincipal = ValidateAsync;
        });
        builder.AddPolicyScheme(SelectorScheme, "Bearer token or session cookie", options =>
        {
            options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? BearerTokenHandler.SchemeName : SchemeName;
        });
        return builder;
    }

    /// <summary>
    /// Every request with a session cookie: the cookie's token must still exist and not be revoked (checked against
    /// <see cref="TokenSessions"/>' in-memory snapshot, no query per request); otherwise the session ends and the request
    /// is anonymous, so a page redirects to the sign-in page and the API answers 401.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<TokenSessions>();
        var cancel = context.HttpContext.RequestAborted;
        if (SessionPrincipal.IsProvince(context.Principal))
        {
            var provinceTokens = context.HttpContext.RequestServices.GetRequiredService<Scheduler.Data.Tenancy.ProvinceTokenStore>();
            if (SessionPrincipal.TokenId(context.Principal) is { } provinceId && await provinceTokens.IsActiveAsync(provinceId, cancel)) return;
        }
        else
        {
            using var county = Scheduler.Data.Tenancy.CountyScope.Use(SessionPrincipal.County(context.Principal));
            if (SessionPrincipal.TokenId(context.Principal) is { } id && await sessions.IsActiveAsync(id, cancel))
            {
                await sessions.TouchAsync(id, cancel);
                return;
            }
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(SchemeName);
    }

    /// <summary>API and dashboard callers get the status code; browsers on pages get the redirect.</summary>
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!WebPaths.IsPage(context.Request.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

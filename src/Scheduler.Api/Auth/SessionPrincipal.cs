using System.Security.Claims;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Auth;

/// <summary>The principal a token stands for, the same whether it arrives as a bearer header or a session cookie.</summary>
public static class SessionPrincipal
{
    public static ClaimsPrincipal For(TokenIdentity identity, string scheme = SessionCookie.SchemeName)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, identity.Who), new(ClaimTypes.Role, identity.Role) };
        if (identity.Department is { } department) claims.Add(new Claim(BearerTokenHandler.DepartmentClaim, department));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}

using System.Security.Claims;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Shared.Auth;

/// <summary>The principal a token stands for, the same whether it arrives as a bearer header or a session cookie.</summary>
public static class SessionPrincipal
{
    /// <summary>The token's id, so a session cookie ends when its token is revoked (<see cref="SessionCookie"/> checks it).</summary>
    public const string TokenIdClaim = "token_id";

    public static ClaimsPrincipal For(TokenIdentity identity, string scheme = SessionCookie.SchemeName)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, identity.Who),
            new(ClaimTypes.Role, identity.Role),
            new(TokenIdClaim, identity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (identity.Department is { } department) claims.Add(new Claim(BearerTokenHandler.DepartmentClaim, department));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The id of the token the principal signed in with; null when it carries none (a cookie from before revocation existed).</summary>
    public static long? TokenId(ClaimsPrincipal? principal) =>
        long.TryParse(principal?.FindFirst(TokenIdClaim)?.Value, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}

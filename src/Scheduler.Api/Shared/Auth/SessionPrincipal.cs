using System.Security.Claims;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Shared.Auth;

/// <summary>The principal a token stands for, the same whether it arrives as a bearer header or a session cookie.</summary>
public static class SessionPrincipal
{
    /// <summary>The token's id, so a session cookie ends when its token is revoked (<see cref="SessionCookie"/> checks it).</summary>
    public const string TokenIdClaim = "token_id";

    /// <summary>The county a county token belongs to (absent for the installation's own county and for the province).</summary>
    public const string CountyClaim = "county";

    /// <summary>The role of a province token: reads every county, writes only the province's own rows.</summary>
    public const string ProvinceRole = "province";

    public static ClaimsPrincipal For(TokenIdentity identity, string? county = null, string scheme = SessionCookie.SchemeName)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, identity.Who),
            new(ClaimTypes.Role, identity.Role),
            new(TokenIdClaim, identity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (identity.Department is { } department) claims.Add(new Claim(BearerTokenHandler.DepartmentClaim, department));
        if (county is not null) claims.Add(new Claim(CountyClaim, county));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>A province token's principal: "province#3", role province, no county and no department.</summary>
    public static ClaimsPrincipal ForProvince(long id, string scheme = SessionCookie.SchemeName) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"province#{id}"),
            new Claim(ClaimTypes.Role, ProvinceRole),
            new Claim(TokenIdClaim, id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ], scheme));

    /// <summary>The county of the principal's token, or null (the installation's own county, or the province).</summary>
    public static string? County(ClaimsPrincipal? principal) => principal?.FindFirst(CountyClaim)?.Value;

    /// <summary>True for a province token's principal.</summary>
    public static bool IsProvince(ClaimsPrincipal? principal) => principal?.IsInRole(ProvinceRole) == true;

    /// <summary>The id of the token the principal signed in with; null when it carries none (a cookie from before revocation existed).</summary>
    public static long? TokenId(ClaimsPrincipal? principal) =>
        long.TryParse(principal?.FindFirst(TokenIdClaim)?.Value, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}

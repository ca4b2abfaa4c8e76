using System.Security.Claims;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Shared.Auth;

/// <summary>
/// Who a token stands for, wherever it lives: "province.…" in the province's tokens, "330681.…" in county 330681's, any
/// other in the installation's own county. The bearer handler and the sign-in page both ask here, and the principal
/// carries the county (<see cref="SessionPrincipal.CountyClaim"/>) that the county middleware holds requests to.
/// </summary>
public sealed class TokenLookup(TokenStore tokens, ProvinceTokenStore provinceTokens, CountyStore counties)
{
    /// <summary>The token's principal for <paramref name="scheme"/>, or null when the token is unknown or revoked.</summary>
    public async Task<ClaimsPrincipal?> FindAsync(string token, string scheme, CancellationToken cancellationToken)
    {
        if (token.StartsWith(ProvinceTokenStore.Prefix, StringComparison.Ordinal))
        {
            return await provinceTokens.FindAsync(token, cancellationToken) is { } id ? SessionPrincipal.ForProvince(id, scheme) : null;
        }
        var county = CountyOf(token);
        if (county is not null && !await counties.ExistsAsync(county, cancellationToken)) return null;
        using (CountyScope.Use(county))
        {
            var identity = await tokens.FindAsync(token, cancellationToken);
            return identity is null ? null : SessionPrincipal.For(identity, county, scheme);
        }
    }

    /// <summary>The county a token names by its prefix ("330681.…"), or null for the installation's own county.</summary>
    public static string? CountyOf(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && CountyScope.IsCode(token[..dot]) ? token[..dot] : null;
    }
}

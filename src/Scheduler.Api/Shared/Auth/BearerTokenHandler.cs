using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Shared.Auth;

/// <summary>
/// "Authorization: Bearer TOKEN": looks the token's SHA-256 up in the tokens table (a revoked token is unknown: 401). The principal's name is the
/// token's identity for audit ("office#1", "SCJG#3", "province#1"), its role office, department or province, a department claim and
/// the county the token belongs to (<see cref="TokenLookup"/>).
/// </summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, TokenLookup lookup, TokenSessions sessions) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string DepartmentClaim = "department";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (token.Length == 0) return AuthenticateResult.Fail("empty bearer token");
        var principal = await lookup.FindAsync(token, SchemeName, Context.RequestAborted);
        if (principal is null) return AuthenticateResult.Fail("unknown or revoked bearer token");
        if (!SessionPrincipal.IsProvince(principal) && SessionPrincipal.TokenId(principal) is { } id)
        {
            using (CountyScope.Use(SessionPrincipal.County(principal))) await sessions.TouchAsync(id, Context.RequestAborted);
        }
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}

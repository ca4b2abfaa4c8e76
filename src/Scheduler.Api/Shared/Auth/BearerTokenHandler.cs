using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Shared.Auth;

/// <summary>
/// "Authorization: Bearer TOKEN": looks the token's SHA-256 up in the tokens table (a revoked token is unknown: 401). The principal's name is the
/// token's identity for audit ("office#1", "SCJG#3"), its role office or department, and a department claim.
/// </summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, TokenStore tokens, TokenSessions sessions) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string DepartmentClaim = "department";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (token.Length == 0) return AuthenticateResult.Fail("empty bearer token");
        var identity = await tokens.FindAsync(token, Context.RequestAborted);
        if (identity is null) return AuthenticateResult.Fail("unknown or revoked bearer token");
        await sessions.TouchAsync(identity.Id, Context.RequestAborted);

        var principal = SessionPrincipal.For(identity, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}

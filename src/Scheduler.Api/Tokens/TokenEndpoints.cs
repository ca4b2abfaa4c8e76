using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Tokens;

public static partial class TokenEndpoints
{
    public static IEndpointRouteBuilder MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tokens").RequireAuthorization(Policies.Office).AsContract(ApiTags.Tokens)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/", IssueAsync)
            .WithName("IssueToken")
            .Accepts<TokenRequest>("application/json")
            .ProducesProblems(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Issue a bearer token (office)")
            .WithDescription("{\"department\": \"SCJG\"} issues a token of a department named in a year's register; {\"role\": \"office\"} another office token. The token is shown once and stored only hashed.");
        group.MapGet("/", ListAsync)
            .WithName("ListTokens")
            .WithSummary("List the tokens (office)")
            .WithDescription("Every token ever issued, oldest first: id, role, department, who issued it and when, who revoked it and when, last use. Never the token or its hash.");
        group.MapDelete("/{id}", RevokeAsync)
            .WithName("RevokeToken")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict)
            .WithSummary("Revoke a token (office)")
            .WithDescription("Revokes the token: its bearer requests get 401 and its browser sessions end. 404 for an unknown id; 409 for the office's last active token (the office would lock itself out). Revoking twice changes nothing.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<TokenInfo>>> ListAsync(TokenStore tokens, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tokens.ListAsync(cancellationToken));

    public static async Task<Results<Ok<TokenInfo>, ProblemHttpResult>> RevokeAsync(long id, ClaimsPrincipal user, TokenSessions sessions,
        CancellationToken cancellationToken)
    {
        var (outcome, token) = await sessions.RevokeAsync(id, user.Who(), cancellationToken);
        return outcome switch
        {
            RevokeOutcome.NotFound => Problems.NotFound($"no token has id {id}"),
            RevokeOutcome.LastOfficeToken => Problems.Conflict("The office's last token cannot be revoked",
                [new InputError("id", $"token {id} is the office's last active token; issue another office token first, so the office is not locked out")]),
            _ => TypedResults.Ok(token!),
        };
    }

    /// <summary>Body {"department": "SCJG"} issues a department token; {"role": "office"} another office token.</summary>
    public static async Task<Results<Ok<IssuedToken>, ProblemHttpResult>> IssueAsync(HttpRequest request, ClaimsPrincipal user,
        TokenStore tokens, RegisterStore registers, CancellationToken cancellationToken)
    {
        var text = await RequestBody.ReadAsync(request, cancellationToken);
        string? department = null, role = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return Problems.Invalid([new InputError("$", "expected an object such as {\"department\": \"SCJG\"}")]);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!property.NameEquals("department") && !property.NameEquals("role"))
                {
                    return Problems.Invalid([new InputError($"$.{property.Name}",
                        $"unknown property '{property.Name}'; the body is {{\"department\": \"SCJG\"}} or {{\"role\": \"office\"}} (names are case-sensitive)")]);
                }
                if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    return Problems.Invalid([new InputError($"$.{property.Name}", $"{property.Name} must be a string")]);
                if (property.NameEquals("department")) department = property.Value.GetString();
                else if (property.NameEquals("role")) role = property.Value.GetString();
            }
        }
        catch (JsonException e)
        {
            return Problems.Invalid([new InputError(e.Path ?? "$", "malformed JSON: " + e.Message.Split(" Path:")[0])]);
        }

        if (role == TokenIdentity.Office)
        {
            if (department is not null)
                return Problems.Invalid([new InputError("$.department", "an office token belongs to no department; leave department out")]);
            return TypedResults.Ok(new IssuedToken(await tokens.IssueAsync(null, user.Who(), cancellationToken), TokenRole.Office, null));
        }
        if (role is not (null or TokenIdentity.DepartmentRole))
            return Problems.Invalid([new InputError("$.role", $"role '{role}' is neither 'office' nor 'department'")]);
        if (department is null || !DepartmentId().IsMatch(department))
            return Problems.Invalid([new InputError("$.department", "name the department's id (letters, digits, '_' or '-', at most 64)")]);
        if (!await registers.HasDepartmentAsync(department, cancellationToken))
            return Problems.Invalid([new InputError("$.department", $"department '{department}' is in no year's register; save a register that lists it first")]);
        var token = await tokens.IssueAsync(department, user.Who(), cancellationToken);
        return TypedResults.Ok(new IssuedToken(token, TokenRole.Department, department));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex DepartmentId();
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Draws;

/// <summary>
/// The office's draws (<c>/api/years/{year}/draws</c>): draw in the request (<see cref="DrawRunner"/>), read a draw and its
/// record, publish it (公示), after which it never changes; a later draw is a new version with a reason.
/// </summary>
public static class DrawEndpoints
{
    public static IEndpointRouteBuilder MapDrawEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/years/{year}/draws").AsContract(ApiTags.Draws);
        group.MapPost("/", DrawAsync).RequireAuthorization(Policies.Office)
            .WithName("StartDraw")
            .Accepts<DrawStartBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new ResponseHeader(StatusCodes.Status201Created, "Location", "The draw's URL, /api/years/{year}/draws/{id}.", "uri-reference"))
            .WithSummary("Draw the year's enterprises from the register and every department's latest rules (office)")
            .WithDescription("{\"seed\": 20260101, \"mode\": \"coordinated\"} (coordinated, independent, or spread from last year's published draw). Runs in the request (about a second on 60,000 enterprises). 400 naming each rule and field that cannot be drawn (nothing is stored); 201 with the stored draw, the year's next version. Once the year has a published draw, a new one needs a \"reason\".");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Anyone)
            .WithName("ListDraws")
            .WithSummary("List the year's draws: version, seed, mode, status, publication")
            .WithDescription("Newest first. Each draw's id, version, seed, mode, reason, register version, who drew it and when, whether and when it was published, and its strata and drawn enterprises counted; GET .../draws/{id} gives the record.");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetDraw")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Read a draw and its record (draw.json)")
            .WithDescription("The draw's version, seed, mode, reason, publication, and its record: strata with the selected enterprises and every enterprise's public number.");
        group.MapPost("/{id:long}/publish", PublishAsync).RequireAuthorization(Policies.Office)
            .WithName("PublishDraw")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Publish a draw (公示, office)")
            .WithDescription("Makes the draw public and immutable; 409 when it is published already. A later draw of the year is a new version with a reason.");
        return app;
    }

    public static async Task<Results<Created<DrawView>, ProblemHttpResult>> DrawAsync(int year, HttpRequest request, ClaimsPrincipal user,
        DrawRunner runner, CancellationToken cancellationToken)
    {
        var (body, errors) = DrawStartReader.Read(await RequestBody.ReadAsync(request, cancellationToken));
        if (body is null) return Problems.Invalid(errors);
        var attempt = await runner.DrawAsync(year, body, user.Who(), cancellationToken);
        return attempt.Kind switch
        {
            DrawOutcomeKind.NoRegister => Problems.NotFound($"no register for {year}"),
            DrawOutcomeKind.Invalid => Problems.Invalid(attempt.Errors),
            _ => TypedResults.Created($"/api/years/{year}/draws/{attempt.Draw!.Id}", DrawView.Of(attempt.Draw)),
        };
    }

    public static async Task<Ok<DrawList>> ListAsync(int year, DrawStore draws, CancellationToken cancellationToken) =>
        TypedResults.Ok(new DrawList(year, [.. (await draws.ListAsync(year, cancellationToken)).Select(DrawSummary.Of)]));

    public static async Task<Results<Ok<DrawView>, ProblemHttpResult>> GetAsync(int year, long id, DrawStore draws, CancellationToken cancellationToken)
    {
        var draw = await draws.GetAsync(id, cancellationToken);
        if (draw is null || draw.Year != year) return Problems.NotFound($"no draw {id} in {year}");
        return TypedResults.Ok(DrawView.Of(draw));
    }

    public static async Task<Results<Ok<DrawView>, ProblemHttpResult>> PublishAsync(int year, long id, ClaimsPrincipal user, DrawStore draws,
        CancellationToken cancellationToken)
    {
        var draw = await draws.GetAsync(id, cancellationToken);
        if (draw is null || draw.Year != year) return Problems.NotFound($"no draw {id} in {year}");
        if (!await draws.PublishAsync(id, user.Who(), cancellationToken))
            return Problems.Conflict("Published already", [new InputError("id", $"draw {id} (version {draw.Version} of {year}) was published by {draw.PublishedBy} at {draw.PublishedAt:u}; it cannot change: draw again with a reason for a new version")]);
        return TypedResults.Ok(DrawView.Of((await draws.GetAsync(id, cancellationToken))!));
    }
}

using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Counties;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Solves;

public static class SolveEndpoints
{
    public static IEndpointRouteBuilder MapSolveEndpoints(this IEndpointRouteBuilder app)
    {
        // No route constraints on {year}, {id}, {month}: a value that is not a number is a 400 naming the parameter
        // (RouteHandlerOptions.ThrowOnBadRequest, answered by BadRequestExceptionHandler), not a bare 404.
        var year = app.MapGroup("/api/years/{year}/solves").AsContract(ApiTags.Solves);
        year.MapPost("/", StartAsync).RequireAuthorization(Policies.Office)
            .WithName("StartSolve")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The run's URL, /api/solves/{id}: poll it.", "uri-reference"))
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("Start a solve of the year (office)")
            .WithDescription("Snapshots the register and every department's latest needs into a new run and queues its job. 202 with the run and its Location; 404 when the year has no register; 400 listing every problem of the assembled instance, or naming seed or work when out of range. Optional query parameters: seed (a whole number ≥ 0, default 1) and work (the annual solve's deterministic work budget, > 0 and ≤ 10000, default 20); the same instance, seed and work give the same plan. With draw (a published draw's id) the run plans that draw's instance instead: the register version it drew from and its drawn needs (\"{rule}:{enterprise}\"), so the plan's visits trace back to the draw; 400 naming draw when it is unknown, of another year or not published. With draw and needs=true the departments' latest submitted needs (triggered checks, campaigns) are planned together with the drawn ones; a need the drawn register version cannot hold is a 400 naming its path.");
        year.MapGet("/", ListAsync).RequireAuthorization(Policies.Anyone)
            .WithName("ListSolves")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The year's solve runs, newest first (office and departments)")
            .WithDescription("State, progress and figures of every run of the year, newest first. Figures are the whole plan's; a department reads its own part of a run's plan at the run's plan and months links. 404 when the year has no register.");

        var run = app.MapGroup("/api/solves/{id}").AsContract(ApiTags.Solves);
        run.MapGet("/", GetAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetSolve")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("A solve run's state, progress and figures (office and departments)")
            .WithDescription("queued, running, succeeded, failed or cancelled; progress (visits, bound, gap, elapsed) while it runs; the whole plan's figures and the links to its plan and months once it has a plan.");
        run.MapPost("/rerun", RerunAsync).RequireAuthorization(Policies.Office)
            .WithName("RerunSolve")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The new run's URL, /api/solves/{id}: poll it.", "uri-reference"))
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("Re-run a solve (office)")
            .WithDescription("A new run over the same instance snapshot, seed, work and staff mode as this run (whatever the register and needs are now): it reproduces the run's plan and months byte for byte, unless a wall-clock safety net cut either run (figures.cutByTimeLimit). 202 with the new run and its Location; 404 when there is no such run.");
        run.MapDelete("/", CancelAsync).RequireAuthorization(Policies.Office)
            .WithName("CancelSolve")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The run's URL, /api/solves/{id}.", "uri-reference"))
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("Cancel a solve run (office)")
            .WithDescription("A queued run is cancelled at once; a running one stops soon and keeps the best plan found so far. 202 with the run.");
        return app;
    }

    /// <summary>Snapshots the year's instance into a new run and enqueues its job (<see cref="SolveStarter"/>, shared with the solve page).</summary>
    public static async Task<Results<Accepted<SolveAccepted>, ProblemHttpResult>> StartAsync(int year, ClaimsPrincipal user, HttpContext http,
        SolveStarter starter, CancellationToken cancellationToken, int? seed = null, double? work = null, long? draw = null, bool? needs = null)
    {
        var bad = new List<InputError>();
        if (seed is < 0) bad.Add(new InputError("seed", $"seed must be a whole number ≥ 0, not {seed}"));
        if (work is { } w && !(w > 0 && w <= SolveSettings.MaxWork))
            bad.Add(new InputError("work", $"work must be a number > 0 and ≤ {SolveSettings.MaxWork:0}, not {w.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        if (needs is not null && draw is null) bad.Add(new InputError("needs", "needs goes with draw: a solve without a draw always plans the departments' submitted needs"));
        if (bad.Count > 0) return Problems.Invalid(bad);
        var start = draw is { } drawId
            ? await starter.StartFromDrawAsync(year, drawId, user.Who(), seed ?? SolveSettings.DefaultSeed, work ?? SolveSettings.DefaultWork, cancellationToken,
                withNeeds: needs == true)
            : await starter.StartAsync(year, user.Who(), seed ?? SolveSettings.DefaultSeed, work ?? SolveSettings.DefaultWork, cancellationToken);
        if (start.RegisterMissing) return Problems.NotFound($"no register for {year}");
        if (start.RunId is not { } id) return Problems.Invalid(start.Errors);
        var location = $"/api/solves/{id}";
        return TypedResults.Accepted(location, new SolveAccepted(id, SolveState.Queued, CountyRoutes.ApiPath(http, location)));
    }

    public static async Task<Results<Ok<SolveView>, ProblemHttpResult>> GetAsync(long id, SolveRunStore runs, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(id, cancellationToken);
        return run is null ? Problems.NotFound($"no solve run {id}") : TypedResults.Ok(View(run));
    }

    public static async Task<Results<Ok<SolvesView>, ProblemHttpResult>> ListAsync(int year, RegisterStore registers, SolveRunStore runs,
        CancellationToken cancellationToken)
    {
        if (!await registers.ExistsAsync(year, cancellationToken)) return Problems.NotFound($"no register for {year}");
        var list = await runs.ListAsync(year, cancellationToken);
        return TypedResults.Ok(new SolvesView(year, [.. list.Select(View)]));
    }

    /// <summary>A new run with the run's instance snapshot, seed, work and staff mode (<see cref="SolveStarter.RerunAsync"/>).</summary>
    public static async Task<Results<Accepted<SolveAccepted>, ProblemHttpResult>> RerunAsync(long id, ClaimsPrincipal user, HttpContext http,
        SolveStarter starter, CancellationToken cancellationToken)
    {
        if (await starter.RerunAsync(id, user.Who(), cancellationToken) is not { } newId) return Problems.NotFound($"no solve run {id}");
        var location = $"/api/solves/{newId}";
        return TypedResults.Accepted(location, new SolveAccepted(newId, SolveState.Queued, CountyRoutes.ApiPath(http, location)));
    }

    /// <summary>A queued run is cancelled at once; a running one stops soon and keeps the best plan found so far.</summary>
    public static async Task<Results<Accepted<SolveView>, ProblemHttpResult>> CancelAsync(long id, ClaimsPrincipal user, SolveRunStore runs,
        CancellationToken cancellationToken)
    {
        var state = await runs.RequestCancelAsync(id, user.Who(), cancellationToken);
        if (state is null) return Problems.NotFound($"no solve run {id}");
        var run = await runs.GetAsync(id, cancellationToken);
        return TypedResults.Accepted($"/api/solves/{id}", View(run!));
    }

    private static SolveView View(SolveRun run) => new(run.Id, run.Year, Enum.Parse<SolveState>(run.State, ignoreCase: true),
        run.ProgressJson is null ? null : JsonSerializer.Deserialize(run.ProgressJson, ApiJsonContext.Default.RunProgressReport),
        run.FiguresJson is null ? null : JsonSerializer.Deserialize(run.FiguresJson, ApiJsonContext.Default.RunFigures),
        run.Error, run.CancelRequested, run.CreatedAt, run.StartedAt, run.FinishedAt,
        run.HasPlan ? $"/api/solves/{run.Id}/plan" : null,
        [.. Enumerable.Range(1, run.Months).Select(m => $"/api/solves/{run.Id}/months/{m}")], run.Attempts,
        run.Settings.Seed, run.Settings.Work, run.Settings.Staff, run.Replaces, run.ReplanFrom,
        run.Replaces is not null && run.HasPlan ? $"/api/solves/{run.Id}/diff" : null, run.DrawId);
}

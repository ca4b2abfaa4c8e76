using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Province;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;

namespace Scheduler.Api.ProvinceRuns;

/// <summary>Province runs: a solve of the year in every county (or some), one job per county, closed once with a summary.</summary>
public static class ProvinceRunEndpoints
{
    private const string Example = "{\"counties\": [\"330681\", \"330682\"]}";

    public static IEndpointRouteBuilder MapProvinceRunEndpoints(this IEndpointRouteBuilder app)
    {
        var year = app.MapGroup("/api/province/years/{year}/runs").RequireAuthorization(Policies.Province).AsContract(ApiTags.Province)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        year.MapPost("/", StartAsync)
            .WithName("StartProvinceRun")
            .Accepts<ProvinceRunRequest>("application/json")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The run's URL, /api/province/runs/{id}: poll it.", "uri-reference"))
            .ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Start a province run of the year (province)")
            .WithDescription("Solves the year in every county the platform hosts, or only those of {\"counties\": [\"330681\", …]}: one job per county on the solves queue, spread over every worker process; each county's solve is stored in the county as its own solve run. When the last county finishes, the run is closed exactly once with its summary (each county's solve run and figures, and totals). A county without a register for the year fails with that reason. 202 with the run and its Location; 400 naming each unknown county ($.counties[i]); 409 when a run of the year is still running. Audited.");
        year.MapGet("/", ListAsync)
            .WithName("ListProvinceRuns")
            .WithSummary("The year's province runs, newest first (province)")
            .WithDescription("Every province run of the year with its counties by state, a row per county and, once closed, its summary.");

        var run = app.MapGroup("/api/province/runs/{id}").RequireAuthorization(Policies.Province).AsContract(ApiTags.Province)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        run.MapGet("/", GetAsync)
            .WithName("GetProvinceRun")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("A province run: per-county state, attempt, solve run and error; the summary once closed (province)")
            .WithDescription("running until the last county finishes, then succeeded (every county succeeded), failed or cancelled. Each county's solve link goes through the county's routes (its progress and figures).");
        run.MapDelete("/", CancelAsync)
            .WithName("CancelProvinceRun")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Cancel a province run (province)")
            .WithDescription("Every county still queued or running is cancelled: its queued job is deleted, a running solve is asked to stop. The run is cancelled and closed with what had finished. A closed run is left as it is. Audited.");
        run.MapPost("/rerun-failed", RerunFailedAsync)
            .WithName("RerunFailedProvinceCounties")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The run's URL, /api/province/runs/{id}.", "uri-reference"))
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Re-run the failed counties of a province run (province)")
            .WithDescription("Each failed county is queued again (its attempt + 1) and the run is running again until they finish; succeeded and cancelled counties are left as they are. 202 with the run; 409 when another run of the year is running. Audited.");
        return app;
    }

    public static async Task<Results<Accepted<ProvinceRunView>, ProblemHttpResult>> StartAsync(int year, HttpRequest request, ClaimsPrincipal user,
        ProvinceRunStarter starter, ProvinceRunStore runs, CancellationToken cancellationToken)
    {
        if (!TargetRules.IsYear(year)) return Problems.Invalid([TargetRules.YearError(year)]);
        var (codes, errors) = ReadCounties(await RequestBody.ReadAsync(request, cancellationToken));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var start = await starter.StartAsync(year, codes, user.Who(), cancellationToken);
        if (start.Conflict) return Problems.Conflict($"a province run of {year} is still running: wait for it or cancel it (DELETE /api/province/runs/{{id}})");
        if (start.RunId is not { } id) return Problems.Invalid(start.Errors);
        var view = ProvinceRunView.Of((await runs.GetAsync(id, cancellationToken))!);
        return TypedResults.Accepted(view.Location, view);
    }

    public static async Task<Results<Ok<ProvinceRunsView>, ProblemHttpResult>> ListAsync(int year, ProvinceRunStore runs, CancellationToken cancellationToken)
    {
        if (!TargetRules.IsYear(year)) return Problems.Invalid([TargetRules.YearError(year)]);
        var list = await runs.ListAsync(year, cancellationToken);
        return TypedResults.Ok(new ProvinceRunsView(year, [.. list.Select(ProvinceRunView.Of)]));
    }

    public static async Task<Results<Ok<ProvinceRunView>, ProblemHttpResult>> GetAsync(long id, ProvinceRunStore runs, CancellationToken cancellationToken) =>
        await runs.GetAsync(id, cancellationToken) is { } run ? TypedResults.Ok(ProvinceRunView.Of(run)) : NoRun(id);

    public static async Task<Results<Ok<ProvinceRunView>, ProblemHttpResult>> CancelAsync(long id, ClaimsPrincipal user, ProvinceRunStarter starter,
        ProvinceRunStore runs, CancellationToken cancellationToken)
    {
        if (!await starter.CancelAsync(id, user.Who(), cancellationToken)) return NoRun(id);
        return TypedResults.Ok(ProvinceRunView.Of((await runs.GetAsync(id, cancellationToken))!));
    }

    public static async Task<Results<Accepted<ProvinceRunView>, ProblemHttpResult>> RerunFailedAsync(long id, ClaimsPrincipal user,
        ProvinceRunStarter starter, ProvinceRunStore runs, CancellationToken cancellationToken)
    {
        var rerun = await starter.RerunFailedAsync(id, user.Who(), cancellationToken);
        if (rerun is null) return NoRun(id);
        var run = (await runs.GetAsync(id, cancellationToken))!;
        if (rerun.Conflict) return Problems.Conflict($"another province run of {run.Year} is running: wait for it or cancel it first");
        var view = ProvinceRunView.Of(run);
        return TypedResults.Accepted(view.Location, view);
    }

    private static ProblemHttpResult NoRun(long id) => Problems.NotFound($"no province run {id}");

    /// <summary>The body's counties: none (every county) for an empty body or one without counties; else each code, or the problems with their paths.</summary>
    private static (IReadOnlyList<string>? Codes, IReadOnlyList<InputError> Errors) ReadCounties(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, []);
        var errors = new List<InputError>();
        var codes = new List<string>();
        var read = JsonObjectBody.TryRead(text, Example, property =>
        {
            if (!property.NameEquals("counties"))
            {
                errors.Add(JsonObjectBody.Unknown(property, Example));
                return;
            }
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new InputError("$.counties", "counties must be an array of county codes"));
                return;
            }
            var i = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && CountyScope.IsCode(item.GetString())) codes.Add(item.GetString()!);
                else errors.Add(new InputError($"$.counties[{i}]", "a county is its six-digit administrative division code, e.g. \"330681\""));
                i++;
            }
        }, out var problem);
        if (!read) return (null, [problem!]);
        return (codes, errors);
    }
}

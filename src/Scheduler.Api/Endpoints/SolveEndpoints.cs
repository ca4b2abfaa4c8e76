using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Auth;
using Scheduler.Api.Export;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Endpoints;

public static class SolveEndpoints
{
    public static IEndpointRouteBuilder MapSolveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/years/{year:int}/solves", StartAsync).RequireAuthorization(Policies.Office);
        var group = app.MapGroup("/api/solves/{id:long}").RequireAuthorization(Policies.Office);
        group.MapGet("/", GetAsync);
        group.MapDelete("/", CancelAsync);
        group.MapGet("/plan", GetPlanAsync);
        group.MapGet("/months/{month:int}", GetMonthAsync);
        return app;
    }

    /// <summary>Snapshots the year's instance into a new run and enqueues its job (<see cref="SolveStarter"/>, shared with the solve page).</summary>
    public static async Task<Results<Accepted<SolveAccepted>, ProblemHttpResult>> StartAsync(int year, ClaimsPrincipal user,
        SolveStarter starter, CancellationToken cancellationToken)
    {
        var start = await starter.StartAsync(year, user.Who(), cancellationToken);
        if (start.RegisterMissing) return Problems.NotFound($"no register for {year}");
        if (start.RunId is not { } id) return Problems.Invalid(start.Errors);
        var location = $"/api/solves/{id}";
        return TypedResults.Accepted(location, new SolveAccepted(id, SolveStates.Queued, location));
    }

    public static async Task<Results<Ok<SolveView>, ProblemHttpResult>> GetAsync(long id, SolveRunStore runs, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(id, cancellationToken);
        return run is null ? Problems.NotFound($"no solve run {id}") : TypedResults.Ok(View(run));
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

    /// <summary>The annual plan in the spec's format, or as xlsx with ?format=xlsx or an Accept of the xlsx media type.</summary>
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> GetPlanAsync(long id, HttpRequest request,
        SolveRunStore runs, CancellationToken cancellationToken)
    {
        if (PlanFormat.Of(request) is not { } format) return PlanFormat.Unknown(request);
        var json = await runs.GetPlanAsync(id, cancellationToken);
        if (json is null) return await Missing(id, "plan", runs, cancellationToken);
        var plan = ContractJson.ReadAnnualPlan(json).Value!;
        if (format == PlanFormat.Json) return ContractResults.Json(ContractJson.Write(plan));
        var instance = ContractJson.ReadInstance((await runs.GetInstanceAsync(id, cancellationToken))!).Value!;
        return TypedResults.File(PlanWorkbook.Annual(instance, plan), PlanWorkbook.ContentType, $"plan-{plan.Year}-run{id}.xlsx");
    }

    /// <summary>One month's plan in the spec's format, or as xlsx (a worksheet per township) like <see cref="GetPlanAsync"/>.</summary>
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> GetMonthAsync(long id, int month,
        HttpRequest request, SolveRunStore runs, CancellationToken cancellationToken)
    {
        if (month is < 1 or > 12) return Problems.Invalid([new InputError("month", $"month {month} is not 1-12")]);
        if (PlanFormat.Of(request) is not { } format) return PlanFormat.Unknown(request);
        var json = await runs.GetMonthAsync(id, month, cancellationToken);
        if (json is null) return await Missing(id, $"plan of month {month}", runs, cancellationToken);
        var plan = ContractJson.ReadMonthlyPlan(json).Value!;
        if (format == PlanFormat.Json) return ContractResults.Json(ContractJson.Write(plan));
        var instance = ContractJson.ReadInstance((await runs.GetInstanceAsync(id, cancellationToken))!).Value!;
        var annual = ContractJson.ReadAnnualPlan((await runs.GetPlanAsync(id, cancellationToken))!).Value!;
        return TypedResults.File(PlanWorkbook.Month(instance, annual, plan), PlanWorkbook.ContentType,
            $"plan-{plan.Year}-{plan.Month:00}-run{id}.xlsx");
    }

    private static async Task<ProblemHttpResult> Missing(long id, string what, SolveRunStore runs, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(id, cancellationToken);
        return run is null
            ? Problems.NotFound($"no solve run {id}")
            : Problems.NotFound($"solve run {id} is {run.State} and has no {what}");
    }

    private static SolveView View(SolveRun run) => new(run.Id, run.Year, run.State, Parse(run.ProgressJson), Parse(run.FiguresJson),
        run.Error, run.CancelRequested, run.CreatedAt, run.StartedAt, run.FinishedAt,
        run.HasPlan ? $"/api/solves/{run.Id}/plan" : null,
        [.. Enumerable.Range(1, run.Months).Select(m => $"/api/solves/{run.Id}/months/{m}")], run.Attempts);

    private static JsonElement? Parse(string? json)
    {
        if (json is null) return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

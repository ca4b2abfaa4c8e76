using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Counties;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Plans;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Api.Solves;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Replans;

/// <summary>Replanning a run from a month on as a new run that replaces it, and the difference between the two.</summary>
public static class ReplanEndpoints
{
    public static IEndpointRouteBuilder MapReplanEndpoints(this IEndpointRouteBuilder app)
    {
        // No route constraint on {id}: a value that is not a number is a 400 naming the parameter.
        var run = app.MapGroup("/api/solves/{id}").AsContract(ApiTags.Replans);
        run.MapPost("/replans", StartAsync).RequireAuthorization(Policies.Office)
            .WithName("StartReplan")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The new run's URL, /api/solves/{id}: poll it.", "uri-reference"))
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("Replan the rest of the year from a month on (office)")
            .WithDescription("{\"from\": M, \"seed\": S?}: the changed year (the current register and every department's latest needs) replanned from month M (docs/replanning.md): months before M are history as the run's current records say (visits not done come back into the rest of the year), month M is frozen except where a change forces it, later months keep the run's plan where no change touches them. A new run that replaces this one; 202 with it and its Location. 400 naming the field (from before the month after the last recorded one, a withdrawn need that breaks the history: its JSON path in the changed instance), nothing stored; 404 when the run has no plan.");
        run.MapGet("/diff", DiffAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetReplanDiff")
            .Produces<PlanDiffView>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(XlsxResponse.Instance)
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("What a replan changed against the run it replaces (office: all, or ?department=; department: its own part); ?format=xlsx for a workbook")
            .WithDescription("Per enterprise and per department, every occurrence that moved to another month, changed companions (the other departments of its visit), was added or removed, with the changes that caused the enterprise's re-planning where known. ?change=moved|companions|added|removed keeps one kind; ?month=M the changes whose month before or after is M (the replan's first month is the published one). 400 naming change or month when they are not one of these; 404 when the run is not a replan or has no plan yet.");
        run.MapPost("/whatifs", WhatIfAsync).RequireAuthorization(Policies.Office)
            .WithName("AskWhatIf")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .WithSummary("What if…? The run's year replanned with one change, answered at once and not stored (office)")
            .WithDescription("kind close (enterprise, months: closed in those months), capacity (department, month, and teamDays or visits: the department does that much less in the month; team-days count at the rate of the run's monthly plan), or need (need: one more need, its id given here). The year is replanned from `from` (default: the month after the last recorded one) with a small work limit, as a replan would (history kept, the first month frozen but where the change forces it), and compared with the run's plan: the figures and the difference. 400 naming the field (an unknown enterprise, a month before `from`, a need the register's rules refuse: need.timesPerYear…); 503 while another what-if runs longer than 10 s.");
        return app;
    }

    public static async Task<Results<Ok<WhatIfView>, ProblemHttpResult>> WhatIfAsync(long id, Scheduler.Domain.WhatIfs.WhatIf request, ClaimsPrincipal user,
        HttpResponse response, WhatIfService whatIfs, CancellationToken cancellationToken)
    {
        var answer = await whatIfs.AskAsync(id, request, user.Who(), cancellationToken);
        if (answer.Missing is { } missing) return Problems.NotFound(missing);
        if (answer.Busy)
        {
            response.Headers.RetryAfter = "5";
            return TypedResults.Problem("another what-if is being answered; ask again in a few seconds", statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Busy");
        }
        return answer.View is { } view ? TypedResults.Ok(view) : Problems.Invalid(answer.Errors);
    }

    public static async Task<Results<Accepted<SolveAccepted>, ProblemHttpResult>> StartAsync(long id, ReplanRequest request, ClaimsPrincipal user, HttpContext http,
        ReplanStarter starter, CancellationToken cancellationToken)
    {
        var start = await starter.StartAsync(id, request, user.Who(), cancellationToken);
        if (start.Value is not { } newId) return start.Problem();
        var location = $"/api/solves/{newId}";
        return TypedResults.Accepted(location, new SolveAccepted(newId, SolveState.Queued, CountyRoutes.ApiPath(http, location)));
    }

    public static async Task<Results<Ok<PlanDiffView>, FileContentHttpResult, ProblemHttpResult>> DiffAsync(long id, HttpRequest request,
        ClaimsPrincipal user, SolveRunStore runs, RunCache cache, CancellationToken cancellationToken, string? department = null,
        string? change = null, string? month = null)
    {
        if (PlanFormat.Of(request) is not { } format) return PlanFormat.Unknown(request);
        var (filter, errors) = DiffFilter.Parse(change, month);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var diff = await ComputeAsync(id, user.Department() ?? department, runs, cache, cancellationToken, filter);
        if (diff.View is not { } view) return Problems.NotFound(diff.Missing!);
        return format == PlanFormat.Xlsx ? TypedResults.File(DiffWorkbook.Build(view), PlanWorkbook.ContentType, DiffWorkbook.FileName(view)) : TypedResults.Ok(view);
    }

    /// <summary>The difference of replan run <paramref name="id"/>, or why there is none; shared with the diff page.</summary>
    public static async Task<(PlanDiffView? View, string? Missing)> ComputeAsync(long id, string? department, SolveRunStore runs, RunCache cache,
        CancellationToken cancellationToken, DiffFilter? filter = null)
    {
        var run = await runs.GetAsync(id, cancellationToken);
        if (run is null) return (null, $"no solve run {id}");
        if (run.Replaces is not { } replaces || run.ReplanFrom is not { } from) return (null, $"solve run {id} is not a replan: it replaces no run");
        var now = await cache.GetAsync(run, cancellationToken);
        var was = await cache.GetAsync(replaces, cancellationToken);
        if (now is null || was is null) return (null, $"solve run {id} is {run.State} and has no plan yet");
        var figures = run.FiguresJson is null ? null : JsonSerializer.Deserialize(run.FiguresJson, ApiJsonContext.Default.RunFigures);
        var causes = figures?.Replan?.Causes ?? new Dictionary<string, IReadOnlyList<string>>();
        return (PlanDiff.Compare(id, replaces, from, was.Instance, was.Plan, now.Instance, now.Plan, causes, department, filter?.Change, filter?.Month), null);
    }
}

using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Plans;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Plans;

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
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Start a solve of the year (office)")
            .WithDescription("Snapshots the register and every department's latest needs into a new run and queues its job. 202 with the run and its Location; 404 when the year has no register; 400 listing every problem of the assembled instance, or naming seed or work when out of range. Optional query parameters: seed (a whole number ≥ 0, default 1) and work (the annual solve's deterministic work budget, > 0 and ≤ 10000, default 20); the same instance, seed and work give the same plan.");
        year.MapGet("/", ListAsync).RequireAuthorization(Policies.Anyone)
            .WithName("ListSolves")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The year's solve runs, newest first (office and departments)")
            .WithDescription("State, progress and figures of every run of the year, newest first. Figures are the whole plan's; a department reads its own part of a run's plan at the run's plan and months links. 404 when the year has no register.");

        var run = app.MapGroup("/api/solves/{id}").AsContract(ApiTags.Solves);
        var plans = app.MapGroup("/api/solves/{id}").AsContract(ApiTags.Plans);
        run.MapGet("/", GetAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetSolve")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A solve run's state, progress and figures (office and departments)")
            .WithDescription("queued, running, succeeded, failed or cancelled; progress (visits, bound, gap, elapsed) while it runs; the whole plan's figures and the links to its plan and months once it has a plan.");
        run.MapPost("/rerun", RerunAsync).RequireAuthorization(Policies.Office)
            .WithName("RerunSolve")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The new run's URL, /api/solves/{id}: poll it.", "uri-reference"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Re-run a solve (office)")
            .WithDescription("A new run over the same instance snapshot, seed, work and staff mode as this run (whatever the register and needs are now): it reproduces the run's plan and months byte for byte, unless a wall-clock safety net cut either run (figures.cutByTimeLimit). 202 with the new run and its Location; 404 when there is no such run.");
        run.MapDelete("/", CancelAsync).RequireAuthorization(Policies.Office)
            .WithName("CancelSolve")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The run's URL, /api/solves/{id}.", "uri-reference"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Cancel a solve run (office)")
            .WithDescription("A queued run is cancelled at once; a running one stops soon and keeps the best plan found so far. 202 with the run.");
        plans.MapGet("/plan", GetPlanAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetPlan")
            .Produces<AnnualPlan>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(XlsxResponse.Instance)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The annual plan: all of it for the office, a department's part for a department")
            .WithDescription(DepartmentSees + " The spec's plan.json format, or xlsx with ?format=xlsx or an Accept of the xlsx media type (the same part).");
        plans.MapGet("/months/{month}", GetMonthAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetMonthPlan")
            .Produces<MonthlyPlan>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(XlsxResponse.Instance)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One month's plan (1-12): all of it for the office, a department's part for a department")
            .WithDescription(DepartmentSeesMonth + " The spec's month-MM.json format, or xlsx (a worksheet per township) with ?format=xlsx or the xlsx Accept.");
        return app;
    }

    private const string DepartmentSees =
        "The office sees the whole plan. A department token sees only the visits that hold at least one task of its own needs, " +
        "each visit kept whole (every task, so it sees which other departments come along), and only its own unassigned occurrences.";

    private const string DepartmentSeesMonth =
        "The office sees the whole month. A department token sees only the team-days that make one of its visits (see the plan), " +
        "each with its whole team (date, township, inspectors) but listing only its visits, in the team's order, and only its visits left unscheduled.";

    /// <summary>Snapshots the year's instance into a new run and enqueues its job (<see cref="SolveStarter"/>, shared with the solve page).</summary>
    public static async Task<Results<Accepted<SolveAccepted>, ProblemHttpResult>> StartAsync(int year, ClaimsPrincipal user,
        SolveStarter starter, CancellationToken cancellationToken, int? seed = null, double? work = null)
    {
        var bad = new List<InputError>();
        if (seed is < 0) bad.Add(new InputError("seed", $"seed must be a whole number ≥ 0, not {seed}"));
        if (work is { } w && !(w > 0 && w <= SolveSettings.MaxWork))
            bad.Add(new InputError("work", $"work must be a number > 0 and ≤ {SolveSettings.MaxWork:0}, not {w.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        if (bad.Count > 0) return Problems.Invalid(bad);
        var start = await starter.StartAsync(year, user.Who(), seed ?? SolveSettings.DefaultSeed, work ?? SolveSettings.DefaultWork, cancellationToken);
        if (start.RegisterMissing) return Problems.NotFound($"no register for {year}");
        if (start.RunId is not { } id) return Problems.Invalid(start.Errors);
        var location = $"/api/solves/{id}";
        return TypedResults.Accepted(location, new SolveAccepted(id, SolveState.Queued, location));
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
    public static async Task<Results<Accepted<SolveAccepted>, ProblemHttpResult>> RerunAsync(long id, ClaimsPrincipal user,
        SolveStarter starter, CancellationToken cancellationToken)
    {
        if (await starter.RerunAsync(id, user.Who(), cancellationToken) is not { } newId) return Problems.NotFound($"no solve run {id}");
        var location = $"/api/solves/{newId}";
        return TypedResults.Accepted(location, new SolveAccepted(newId, SolveState.Queued, location));
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

    /// <summary>
    /// The annual plan in the spec's format, or as xlsx with ?format=xlsx or an Accept of the xlsx media type; for a
    /// department only its part (<see cref="DepartmentPlanView.Annual"/>).
    /// </summary>
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> GetPlanAsync(long id, HttpRequest request,
        ClaimsPrincipal user, SolveRunStore runs, RunCache cache, CancellationToken cancellationToken)
    {
        if (PlanFormat.Of(request) is not { } format) return PlanFormat.Unknown(request);
        // A run with a plan is parsed once and kept (RunCache); its stored plan never changes.
        if (await cache.GetAsync(id, cancellationToken) is not { } data) return await Missing(id, "plan", runs, cancellationToken);
        var plan = data.Plan;
        var instance = data.Instance;
        var department = user.Department();
        if (department is null && format == PlanFormat.Json) return ContractResults.Json(Encoding.UTF8.GetString(data.PlanJson));
        if (department is not null) plan = DepartmentPlanView.Annual(plan, instance, department);
        if (format == PlanFormat.Json) return ContractResults.Json(ContractJson.Write(plan));
        var workbook = data.File($"annual.xlsx\n{department}", () => PlanWorkbook.Annual(instance, plan))!;
        return TypedResults.File(workbook, PlanWorkbook.ContentType, $"plan-{plan.Year}-run{id}{Suffix(department)}.xlsx");
    }

    /// <summary>One month's plan in the spec's format, or as xlsx (a worksheet per township) like <see cref="GetPlanAsync"/>.</summary>
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> GetMonthAsync(long id, int month,
        HttpRequest request, ClaimsPrincipal user, SolveRunStore runs, RunCache cache, CancellationToken cancellationToken)
    {
        if (month is < 1 or > 12) return Problems.Invalid([new InputError("month", $"month {month} is not 1-12")]);
        if (PlanFormat.Of(request) is not { } format) return PlanFormat.Unknown(request);
        var data = await cache.GetAsync(id, cancellationToken);
        if (data is null || !(await data.MonthsAsync(cancellationToken)).TryGetValue(month, out var plan))
            return await Missing(id, $"plan of month {month}", runs, cancellationToken);
        var department = user.Department();
        if (department is null && format == PlanFormat.Json) return ContractResults.Json(ContractJson.Write(plan));

        var instance = data.Instance;
        var annual = data.Plan;
        if (department is not null)
        {
            annual = DepartmentPlanView.Annual(annual, instance, department);
            plan = DepartmentPlanView.Month(plan, annual);
        }
        if (format == PlanFormat.Json) return ContractResults.Json(ContractJson.Write(plan));
        var workbook = data.File($"month.xlsx\n{month}\n{department}", () => PlanWorkbook.Month(instance, annual, plan))!;
        return TypedResults.File(workbook, PlanWorkbook.ContentType,
            $"plan-{plan.Year}-{plan.Month:00}-run{id}{Suffix(department)}.xlsx");
    }

    private static string Suffix(string? department) => department is null ? "" : "-" + department;

    private static async Task<ProblemHttpResult> Missing(long id, string what, SolveRunStore runs, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(id, cancellationToken);
        return run is null
            ? Problems.NotFound($"no solve run {id}")
            : Problems.NotFound($"solve run {id} is {run.State} and has no {what}");
    }

    private static SolveView View(SolveRun run) => new(run.Id, run.Year, Enum.Parse<SolveState>(run.State, ignoreCase: true),
        run.ProgressJson is null ? null : JsonSerializer.Deserialize(run.ProgressJson, ApiJsonContext.Default.RunProgressReport),
        run.FiguresJson is null ? null : JsonSerializer.Deserialize(run.FiguresJson, ApiJsonContext.Default.RunFigures),
        run.Error, run.CancelRequested, run.CreatedAt, run.StartedAt, run.FinishedAt,
        run.HasPlan ? $"/api/solves/{run.Id}/plan" : null,
        [.. Enumerable.Range(1, run.Months).Select(m => $"/api/solves/{run.Id}/months/{m}")], run.Attempts,
        run.Settings.Seed, run.Settings.Work, run.Settings.Staff);
}

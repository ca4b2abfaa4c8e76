using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>A solve run's plan and months, as the spec's JSON or as xlsx; a department reads only its part.</summary>
public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        // No route constraints on {id} and {month}: a value that is not a number is a 400 naming the parameter.
        var plans = app.MapGroup("/api/solves/{id}").AsContract(ApiTags.Plans);
        plans.MapGet("/plan", GetPlanAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetPlan")
            .Produces<AnnualPlan>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(XlsxResponse.Instance)
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The annual plan: all of it for the office, a department's part for a department")
            .WithDescription(DepartmentSees + " The spec's plan.json format, or xlsx with ?format=xlsx or an Accept of the xlsx media type (the same part).");
        plans.MapGet("/months/{month}", GetMonthAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetMonthPlan")
            .Produces<MonthlyPlan>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(XlsxResponse.Instance)
            .ProducesProblems(StatusCodes.Status404NotFound)
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
}

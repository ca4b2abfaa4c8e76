using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Plans;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Province;

/// <summary>The province's targets for a year, and its comparison of the counties against them (JSON or xlsx).</summary>
public static class ProvinceEndpoints
{
    public static IEndpointRouteBuilder MapProvinceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/province/years/{year}").RequireAuthorization(Policies.Province).AsContract(ApiTags.Province)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/targets", SetTargetsAsync)
            .WithName("SetProvinceTargets")
            .Accepts<TargetsRequest>("application/json")
            .ProducesProblems(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Set the year's targets (province)")
            .WithDescription("{\"jointRate\": 0.6, \"checksCut\": 0.1, \"needsDeadline\": \"2026-01-31\"} sets the targets every county is compared with: the joint-inspection rate (the spec's jointRate: the share of department-visits made inside visits of two or more departments), the cut in checks (visits saved over the visits the departments would make separately), both fractions from 0 to 1, and optionally the date by which departments should have submitted their needs (its end, China time; from the year before the plan year to the plan year's end). Replaces the year's targets; audited. 400 naming each wrong field.");
        group.MapGet("/targets", GetTargetsAsync)
            .WithName("GetProvinceTargets")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The year's targets (province)")
            .WithDescription("The targets as set, who set them and when; 404 when the province has set none for the year.");
        group.MapGet("/figures", FiguresAsync)
            .WithName("GetProvinceFigures")
            .Produces<ProvinceFiguresView>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(XlsxResponse.Instance)
            .WithSummary("Compare the counties' plan years against the targets (province); ?format=xlsx for a workbook")
            .WithDescription("A row per county the platform hosts, by code: its register (enterprises, departments), the departments that submitted needs and how many first did by the needs deadline, and the figures stored with its newest succeeded solve run of the year (no plan is read): visits, the visits the departments would make separately, visits saved and the cut in checks (saved / separate), the joint rate (share of department-visits made in visits of two or more departments), the gap to the per-enterprise bound (to the spec's lowerBound when the planner proved none), unassigned and unscheduled; each against the year's targets (met, not met, or null without a target or a run). A county without a register or a run has nulls there. Totals recompute the rates from the sums. Links to each county's plan go through the county's routes.");
        return app;
    }

    public static async Task<Results<Ok<TargetsView>, ProblemHttpResult>> SetTargetsAsync(int year, HttpRequest request, ClaimsPrincipal user,
        ProvinceTargetStore targets, CancellationToken cancellationToken)
    {
        var (body, errors) = TargetRules.Read(year, await RequestBody.ReadAsync(request, cancellationToken));
        if (body is null) return Problems.Invalid(errors);
        var stored = await targets.SetAsync(year, body.JointRate, body.ChecksCut, body.NeedsDeadline, user.Who(), cancellationToken);
        return TypedResults.Ok(TargetsView.Of(stored));
    }

    public static async Task<Results<Ok<TargetsView>, ProblemHttpResult>> GetTargetsAsync(int year, ProvinceTargetStore targets,
        CancellationToken cancellationToken)
    {
        if (!TargetRules.IsYear(year)) return Problems.Invalid([TargetRules.YearError(year)]);
        return await targets.GetAsync(year, cancellationToken) is { } set
            ? TypedResults.Ok(TargetsView.Of(set))
            : Problems.NotFound($"the province has set no targets for {year}: PUT /api/province/years/{year}/targets");
    }

    public static async Task<Results<Ok<ProvinceFiguresView>, FileContentHttpResult, ProblemHttpResult>> FiguresAsync(int year, HttpRequest request,
        ProvinceFigures figures, CancellationToken cancellationToken)
    {
        if (PlanFormat.Of(request) is not { } format) return PlanFormat.Unknown(request);
        if (!TargetRules.IsYear(year)) return Problems.Invalid([TargetRules.YearError(year)]);
        var view = await figures.BuildAsync(year, cancellationToken);
        return format == PlanFormat.Xlsx
            ? TypedResults.File(ProvinceWorkbook.Build(view), PlanWorkbook.ContentType, ProvinceWorkbook.FileName(year))
            : TypedResults.Ok(view);
    }
}

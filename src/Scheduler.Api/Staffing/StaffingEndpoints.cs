using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Api.Solves;
using Scheduler.Domain.Model;
using Scheduler.Domain.Staffing;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Staffing;

/// <summary>The staffing check of the year's assembled instance (register + latest needs).</summary>
public static class StaffingEndpoints
{
    /// <summary>The instance endpoint's header with the number of the staffing check's warnings.</summary>
    public const string WarningsHeader = "Staffing-Warnings";

    public static IEndpointRouteBuilder MapStaffingEndpoints(this IEndpointRouteBuilder app)
    {
        // No route constraint on {year}: a year that is not a number is a 400 naming "year", not a bare 404.
        var group = app.MapGroup("/api/years/{year}").AsContract(ApiTags.Register);
        group.MapGet("/staffing", GetAsync).RequireAuthorization(Policies.Office)
            .WithName("GetStaffing")
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("The staffing check of the assembled instance (office)")
            .WithDescription("Per department and month, where the officers cannot make the team-days the needs ask at the least: kind joint (team-days on the joint weekdays against the visits merging would make joint), all (team-days on all working days), officers (fewer officers than one team needs) or leave (leave outside the year); available against needed team-days (officers for kind officers) and a sentence. Warnings, not errors: a plan still exists. 404 when the year has no register; 400 listing every problem of the assembled instance.");
        return app;
    }

    public static async Task<Results<Ok<StaffingReport>, ProblemHttpResult>> GetAsync(int year, InstanceAssembler assembler,
        CancellationToken cancellationToken)
    {
        var instance = await assembler.AssembleAsync(year, cancellationToken);
        if (instance is null) return Problems.NotFound($"no register for {year}");
        var errors = InstanceValidator.Validate(instance);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var findings = StaffingCheck.Check(instance);
        return TypedResults.Ok(new StaffingReport(year, findings.Count, findings));
    }

    /// <summary>The staffing check's warnings of a valid instance; null when it is not valid (the check expects a valid one).</summary>
    public static IReadOnlyList<StaffingFinding>? Findings(Instance instance) =>
        InstanceValidator.Validate(instance).Count > 0 ? null : StaffingCheck.Check(instance);
}

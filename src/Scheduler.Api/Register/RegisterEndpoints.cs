using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Api.Solves;
using Scheduler.Api.Staffing;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Register;

public static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        // No route constraint on {year}: a year that is not a number is a 400 naming "year", not a bare 404.
        var group = app.MapGroup("/api/years/{year}").AsContract(ApiTags.Register);
        group.MapPut("/register", SaveAsync).RequireAuthorization(Policies.Office)
            .WithName("SaveRegister")
            .Accepts<Instance>("application/json")
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Save the year's register (office)")
            .WithDescription("The instance of the spec without its needs. Every save is kept as the year's next version (who, when) and becomes the current register; 400 listing every problem with its JSON path.");
        group.MapGet("/register", GetAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetRegister")
            .Produces<Instance>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(new ResponseHeader(StatusCodes.Status200OK, "Register-Version", "The version served (1, 2, ...).", ResponseHeader.Integer))
            .WithMetadata(new ResponseHeader(StatusCodes.Status200OK, "Register-Saved-By", "Who saved that version (the token's role or department and id, e.g. office#1)."))
            .WithMetadata(new ResponseHeader(StatusCodes.Status200OK, "Register-Saved-At", "When that version was saved (ISO 8601).", "date-time"))
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The year's register (office and departments)")
            .WithDescription("The current register in the spec's instance format (without needs), or an earlier one with ?version=N. Headers Register-Version, Register-Saved-By and Register-Saved-At say which. Departments read it to fill in their needs.");
        group.MapGet("/register/versions", GetVersionsAsync).RequireAuthorization(Policies.Anyone)
            .WithName("ListRegisterVersions")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Every saved version of the year's register (office and departments)")
            .WithDescription("Version number, who saved it and when, oldest first; the newest is the current register.");
        group.MapGet("/instance", GetInstanceAsync).RequireAuthorization(Policies.Office)
            .WithName("GetInstance")
            .Produces<Instance>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(new ResponseHeader(StatusCodes.Status200OK, StaffingEndpoints.WarningsHeader,
                "How many warnings the staffing check gives (GET /api/years/{year}/staffing lists them); absent when the instance is not valid.", ResponseHeader.Integer))
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("The assembled instance (office)")
            .WithDescription("The current register with the latest version of every department's needs: exactly the spec's instance.json. Header Staffing-Warnings counts the staffing check's warnings (listed by GET /api/years/{year}/staffing).");
        return app;
    }

    /// <summary>The instance of the spec without its needs; every problem is reported with its path.</summary>
    public static async Task<Results<Ok<RegisterSaved>, ProblemHttpResult>> SaveAsync(int year, HttpRequest request, ClaimsPrincipal user,
        RegisterStore registers, CancellationToken cancellationToken)
    {
        var read = ContractJson.ReadInstance(await RequestBody.ReadAsync(request, cancellationToken), strict: true);
        if (read.Value is not { } register) return Problems.Invalid(read.Errors);

        var errors = new List<InputError>();
        if (register.Year != year) errors.Add(new InputError("$.year", $"the register is for {register.Year}, but was sent to year {year}"));
        if (register.Needs.Count > 0)
            errors.Add(new InputError("$.needs", $"the register carries no needs; each department submits its own with PUT /api/years/{year}/needs"));
        errors.AddRange(InstanceValidator.Validate(register with { Needs = [] }));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var saved = await registers.SaveVersionAsync(year, register, user.Who(), cancellationToken);
        return TypedResults.Ok(new RegisterSaved(year, saved.Version, register.Departments.Count, register.Enterprises.Count, register.Inspectors.Count));
    }

    /// <summary>The current register, or version <paramref name="version"/>; which one it is travels in the Register-* headers.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(int year, int? version, HttpResponse response,
        RegisterStore registers, CancellationToken cancellationToken)
    {
        if (version is < 1) return Problems.Invalid([new InputError("version", $"version {version} is not a version number (1, 2, ...)")]);
        var saved = await registers.GetAsync(year, version, cancellationToken);
        if (saved is null)
        {
            return Problems.NotFound(version is null || !await registers.ExistsAsync(year, cancellationToken)
                ? $"no register for {year}" : $"the register of {year} has no version {version}");
        }
        response.Headers["Register-Version"] = saved.Version.Version.ToString(CultureInfo.InvariantCulture);
        response.Headers["Register-Saved-By"] = saved.Version.SavedBy;
        response.Headers["Register-Saved-At"] = saved.Version.SavedAt.ToString("O", CultureInfo.InvariantCulture);
        return ContractResults.Json(ContractJson.Write(saved.Register));
    }

    public static async Task<Results<Ok<RegisterVersionsView>, ProblemHttpResult>> GetVersionsAsync(int year, RegisterStore registers,
        CancellationToken cancellationToken)
    {
        var versions = await registers.VersionsAsync(year, cancellationToken);
        return versions.Count == 0 ? Problems.NotFound($"no register for {year}") : TypedResults.Ok(new RegisterVersionsView(year, versions[^1].Version, versions));
    }

    /// <summary>The register with the latest version of every department's needs: exactly the spec's instance.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetInstanceAsync(int year, InstanceAssembler assembler,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var instance = await assembler.AssembleAsync(year, cancellationToken);
        if (instance is null) return Problems.NotFound($"no register for {year}");
        if (StaffingEndpoints.Findings(instance) is { } findings)
            response.Headers[StaffingEndpoints.WarningsHeader] = findings.Count.ToString(CultureInfo.InvariantCulture);
        return ContractResults.Json(ContractJson.Write(instance));
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Endpoints;

public static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/years/{year:int}");
        group.MapPut("/register", SaveAsync).RequireAuthorization(Policies.Office);
        group.MapGet("/register", GetAsync).RequireAuthorization(Policies.Anyone);
        group.MapGet("/instance", GetInstanceAsync).RequireAuthorization(Policies.Office);
        return app;
    }

    /// <summary>The instance of the spec without its needs; every problem is reported with its path.</summary>
    public static async Task<Results<Ok<RegisterSaved>, ProblemHttpResult>> SaveAsync(int year, HttpRequest request, ClaimsPrincipal user,
        RegisterStore registers, CancellationToken cancellationToken)
    {
        var read = ContractJson.ReadInstance(await RequestBody.ReadAsync(request, cancellationToken));
        if (read.Value is not { } register) return Problems.Invalid(read.Errors);

        var errors = new List<InputError>();
        if (register.Year != year) errors.Add(new InputError("$.year", $"the register is for {register.Year}, but was sent to year {year}"));
        if (register.Needs.Count > 0)
            errors.Add(new InputError("$.needs", $"the register carries no needs; each department submits its own with PUT /api/years/{year}/needs"));
        errors.AddRange(InstanceValidator.Validate(register with { Needs = [] }));
        if (errors.Count > 0) return Problems.Invalid(errors);

        await registers.SaveAsync(year, register, user.Who(), cancellationToken);
        return TypedResults.Ok(new RegisterSaved(year, register.Departments.Count, register.Enterprises.Count, register.Inspectors.Count));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(int year, RegisterStore registers, CancellationToken cancellationToken)
    {
        var register = await registers.GetAsync(year, cancellationToken);
        return register is null ? Problems.NotFound($"no register for {year}") : ContractResults.Json(ContractJson.Write(register));
    }

    /// <summary>The register with the latest version of every department's needs: exactly the spec's instance.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetInstanceAsync(int year, InstanceAssembler assembler,
        CancellationToken cancellationToken)
    {
        var instance = await assembler.AssembleAsync(year, cancellationToken);
        return instance is null ? Problems.NotFound($"no register for {year}") : ContractResults.Json(ContractJson.Write(instance));
    }
}

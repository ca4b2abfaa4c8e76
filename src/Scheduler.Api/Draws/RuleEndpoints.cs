using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Register;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Draws;

/// <summary>
/// A department's sampling rules (<c>/api/years/{year}/rules</c>): the rules.json shape (docs/draws.md §2) holding only
/// its own department, checked by the domain's <see cref="RuleChecks"/> against the current register and stored as the
/// department's next version; every version stays readable. The office reads every department's latest.
/// </summary>
public static class RuleEndpoints
{
    public static IEndpointRouteBuilder MapRuleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/years/{year}/rules").AsContract(ApiTags.Draws);
        group.MapPut("/", SubmitAsync).RequireAuthorization(Policies.Department)
            .WithName("SubmitRules")
            .Accepts<RuleSet>("application/json")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Submit the department's sampling rules (department)")
            .WithDescription("rules.json (docs/draws.md §2) with the token's own department only (another department's rule or policy is a 403 naming its path). Checked against the current register; 400 with every problem, its JSON path and rule; 200 with the new version (earlier versions stay readable).");
        group.MapGet("/", GetAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetRules")
            .ProducesValidationProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Read sampling rules: a department its own, the office every department's")
            .WithDescription("A department token reads its own latest rules (?version=N an earlier one); the office reads every department's latest, or one department's with ?department=ID.");
        group.MapPost("/preview", PreviewAsync).RequireAuthorization(Policies.Anyone)
            .WithName("PreviewRules")
            .Accepts<RuleSet>("application/json")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Preview sampling rules against the year's register: per rule and level, population and expected sample size")
            .WithDescription("Stores nothing. rules.json (docs/draws.md §2) that reads: 200 with every rule's strata (population, expected sample size, checks a year) and the problems a submission would be refused for, each with its JSON path and rule. Malformed JSON or an unknown property: 400 naming its place. A department token previews its own department only (403 naming the path).");
        return app;
    }

    public static async Task<Results<Ok<RulesSubmitted>, ProblemHttpResult>> SubmitAsync(int year, HttpRequest request, ClaimsPrincipal user,
        RegisterCache registers, RuleStore store, CancellationToken cancellationToken)
    {
        var department = user.Department()!;
        var read = DrawJson.ReadRules(await RequestBody.ReadAsync(request, cancellationToken));
        if (read.Value is not { } rules) return Problems.Invalid(read.Errors);
        var foreign = Foreign(rules, department);
        if (foreign.Count > 0) return Problems.Forbidden($"Rules of another department ({foreign.Count})", foreign);
        if (await registers.GetAsync(year, cancellationToken) is not { } register) return Problems.NotFound($"no register for {year}");
        var problems = RuleChecks.Check(register, rules);
        if (problems.Count > 0) return Problems.Invalid(problems);
        var saved = await store.SubmitAsync(year, department, DrawJson.Write(rules), rules.Rules.Count, user.Who(), cancellationToken);
        return TypedResults.Ok(new RulesSubmitted(year, department, saved.Version, rules.Rules.Count));
    }

    public static async Task<Results<Ok<RulesPreviewView>, ProblemHttpResult>> PreviewAsync(int year, HttpRequest request, ClaimsPrincipal user,
        RegisterCache registers, CancellationToken cancellationToken)
    {
        var read = DrawJson.ReadRules(await RequestBody.ReadAsync(request, cancellationToken));
        if (read.Value is not { } rules) return Problems.Invalid(read.Errors);
        if (user.Department() is { } department && Foreign(rules, department) is { Count: > 0 } foreign)
            return Problems.Forbidden($"Rules of another department ({foreign.Count})", foreign);
        if (await registers.GetAsync(year, cancellationToken) is not { } register) return Problems.NotFound($"no register for {year}");
        return TypedResults.Ok(RulesPreviewView.Of(register, rules));
    }

    /// <summary>Every policy and rule naming a department other than the token's, with its path.</summary>
    public static List<InputError> Foreign(RuleSet rules, string department)
    {
        var errors = new List<InputError>();
        for (var i = 0; i < rules.Departments.Count; i++)
        {
            if (rules.Departments[i] is { } p && p.Department != department)
                errors.Add(new InputError($"$.departments[{i}].department", $"a {department} token submits {department}'s rules only, not {p.Department}'s"));
        }
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            if (rules.Rules[i] is { } r && r.Department != department)
                errors.Add(new InputError($"$.rules[{i}].department", $"rule {r.Id} is {r.Department}'s; a {department} token submits {department}'s rules only"));
        }
        return errors;
    }

    public static async Task<Results<Ok<RulesView>, ProblemHttpResult>> GetAsync(int year, ClaimsPrincipal user, RegisterStore registers,
        RuleStore store, string? department, int? version, CancellationToken cancellationToken)
    {
        var own = user.Department();
        if (own is not null && department is not null && department != own)
        {
            return Problems.Forbidden("Rules of another department",
                [new InputError("department", $"a {own} token reads {own}'s rules only, not {department}'s")]);
        }
        if (!await registers.ExistsAsync(year, cancellationToken)) return Problems.NotFound($"no register for {year}");
        var who = own ?? department;
        IReadOnlyList<RuleVersion> versions;
        if (who is null) versions = await store.LatestAsync(year, cancellationToken);
        else if (await store.GetAsync(year, who, version, cancellationToken) is { } one) versions = [one];
        else return Problems.NotFound(version is null ? $"{who} has submitted no rules for {year}" : $"{who} has no rules version {version} for {year}");
        return TypedResults.Ok(new RulesView(year, [.. versions.Select(View)]));
    }

    /// <summary>A stored version with its rules parsed back (the service wrote them; they always read).</summary>
    public static DepartmentRules View(RuleVersion v) =>
        new(v.Department, v.Version, v.SavedBy, v.SavedAt, DrawJson.ReadRules(v.RulesJson).Value ?? new RuleSet());
}

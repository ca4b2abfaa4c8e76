using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Counties;

/// <summary>The province's counties: list them, add one (its schema, its tables and its office's first token).</summary>
public static class CountyEndpoints
{
    /// <summary>At most this many counties on one platform (Zhejiang has 90): a hostile caller cannot create schemas without end.</summary>
    public const int MaxCounties = 500;

    public static IEndpointRouteBuilder MapCountyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/province/counties").RequireAuthorization(Policies.Province).AsContract(ApiTags.Province)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListAsync)
            .WithName("ListCounties")
            .WithSummary("List the counties (province)")
            .WithDescription("Every county the platform hosts, by code, with its API root /api/counties/{code}.");
        group.MapPost("/", AddAsync)
            .WithName("AddCounty")
            .Accepts<CountyRequest>("application/json")
            .ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Add a county (province)")
            .WithDescription("{\"code\": \"330681\", \"name\": \"诸暨市\"} adds the county: its own tables (registers, needs, solves, plans, tokens, audit) and its office's first token, shown once in the answer. 409 when the code is taken.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<CountyView>>> ListAsync(CountyStore counties, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<CountyView>>([.. (await counties.ListAsync(cancellationToken)).Select(View)]);

    public static async Task<Results<Created<CreatedCounty>, ProblemHttpResult>> AddAsync(HttpRequest request, ClaimsPrincipal user,
        CountyStore counties, TokenStore tokens, CancellationToken cancellationToken)
    {
        const string Example = "{\"code\": \"330681\", \"name\": \"诸暨市\"}";
        string? code = null, name = null;
        var found = new List<InputError>();
        var read = JsonObjectBody.TryRead(await RequestBody.ReadAsync(request, cancellationToken), Example, property =>
        {
            if (!property.NameEquals("code") && !property.NameEquals("name")) found.Add(JsonObjectBody.Unknown(property, Example));
            else if (property.Value.ValueKind != JsonValueKind.String) found.Add(new InputError($"$.{property.Name}", $"{property.Name} must be a string"));
            else if (property.NameEquals("code")) code = property.Value.GetString();
            else name = property.Value.GetString()?.Trim();
        }, out var problem);
        if (!read) return Problems.Invalid([problem!]);
        if (found.Count > 0) return Problems.Invalid([found[0]]);   // the first, as it is met
        var bad = new List<InputError>();
        if (!CountyScope.IsCode(code)) bad.Add(new InputError("$.code", "code is the county's six-digit administrative division code, e.g. \"330681\""));
        if (name is not { Length: >= 1 and <= 100 }) bad.Add(new InputError("$.name", "name is the county's name, 1 to 100 characters"));
        if (bad.Count > 0) return Problems.Invalid(bad);
        if ((await counties.ListAsync(cancellationToken)).Count >= MaxCounties)
            return Problems.Conflict($"the platform already hosts {MaxCounties} counties, its limit");
        if (!await counties.AddAsync(code!, name!, user.Who(), cancellationToken))
            return Problems.Conflict("The county is already on the platform", [new InputError("$.code", $"county {code} is already on the platform")]);
        string token;
        using (CountyScope.Use(code)) token = await tokens.IssueAsync(null, user.Who(), cancellationToken);
        var api = $"/api/counties/{code}";
        return TypedResults.Created(api, new CreatedCounty(code!, name!, token, api));
    }

    private static CountyView View(County county) => new(county.Code, county.Name, county.CreatedAt, $"/api/counties/{county.Code}");
}

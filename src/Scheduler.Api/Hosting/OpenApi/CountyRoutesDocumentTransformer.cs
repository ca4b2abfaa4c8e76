using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scheduler.Api.Counties;

namespace Scheduler.Api.Hosting.OpenApi;

/// <summary>
/// The county routes, which <see cref="CountyRoutes"/> serves by rewriting them before routing, so the generator never
/// sees them: every path with a county route (<see cref="CountyRoutes.HasCountyRoute"/>) is listed a second time as
/// "/api/counties/{county}/...", with copies of its operations (operationIds suffixed <see cref="OperationIdSuffix"/>)
/// taking a required <see cref="Parameter"/> path parameter, and their response headers' descriptions (a Location's
/// "/api/solves/{id}") naming the county route as the middleware writes it. The paths without a county stay: they are the
/// installation's own county.
/// </summary>
public sealed partial class CountyRoutesDocumentTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The county's path parameter.</summary>
    public const string Parameter = "county";

    /// <summary>Appended to an operation's id for its county route's copy: "ListSolves" → "ListSolvesForCounty".</summary>
    public const string OperationIdSuffix = "ForCounty";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (path, item) in document.Paths.Where(p => CountyRoutes.HasCountyRoute(p.Key)).ToList())
        {
            document.Paths[CountyRoutes.InCounty("{" + Parameter + "}", path)] = new OpenApiPathItem
            {
                Summary = item.Summary,
                Description = item.Description,
                Parameters = item.Parameters,
                Operations = item.Operations?.ToDictionary(o => o.Key, o => ForCounty(o.Value)),
            };
        }
        return Task.CompletedTask;
    }

    /// <summary>A shallow copy of <paramref name="operation"/> with its own id, the county parameter first and its headers in the county.</summary>
    private static OpenApiOperation ForCounty(OpenApiOperation operation) => new(operation)
    {
        OperationId = operation.OperationId is { } id ? id + OperationIdSuffix : null,
        Parameters = [County(), .. operation.Parameters ?? []],
        Responses = ForCounty(operation.Responses),
    };

    /// <summary>The responses, those with headers copied so that an API path in a header's description is the county's.</summary>
    private static OpenApiResponses? ForCounty(OpenApiResponses? responses)
    {
        if (responses is null) return null;
        var copy = new OpenApiResponses();
        foreach (var (status, response) in responses)
        {
            if (response is not OpenApiResponse { Headers.Count: > 0 } withHeaders || withHeaders.CreateShallowCopy() is not OpenApiResponse inCounty)
            {
                copy[status] = response;
                continue;
            }
            inCounty.Headers = withHeaders.Headers.ToDictionary(h => h.Key, h => InCounty(h.Value));
            copy[status] = inCounty;
        }
        return copy;
    }

    private static IOpenApiHeader InCounty(IOpenApiHeader header)
    {
        if (header is not OpenApiHeader { Description: { } text } concrete || concrete.CreateShallowCopy() is not OpenApiHeader copy) return header;
        copy.Description = InCountyText(text);
        return copy;
    }

    /// <summary>"The run's URL, /api/solves/{id}: poll it." → "The run's URL, /api/counties/{county}/solves/{id}: poll it."</summary>
    public static string InCountyText(string text) => ApiPath().Replace(text,
        m => CountyRoutes.HasCountyRoute(m.Value) ? CountyRoutes.InCounty("{" + Parameter + "}", m.Value) : m.Value);

    [GeneratedRegex(@"/api/[A-Za-z0-9_{}/.-]*[A-Za-z0-9_}]")]
    private static partial Regex ApiPath();

    private static OpenApiParameter County() => new()
    {
        Name = Parameter,
        In = ParameterLocation.Path,
        Required = true,
        Description = "The county's id, as registered by the province (GET /api/province/counties): its six-digit code, e.g. 330681. " +
                      "The same route without /counties/{county} is the installation's own county (for a county's token, its own county).",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}

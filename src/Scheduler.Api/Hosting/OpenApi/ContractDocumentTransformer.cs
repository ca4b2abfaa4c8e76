using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Scheduler.Api.Hosting.OpenApi;

/// <summary>
/// The document's top: title and description, the server without a trailing slash (clients append paths that start
/// with "/"), the tags with their descriptions, and the bearer scheme every protected operation names
/// (<see cref="ContractOperationTransformer"/>).
/// </summary>
public sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The security scheme's key in components.securitySchemes.</summary>
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Scheduler: one joint inspection plan for a county";
        document.Info.Description =
            "The county office saves the year's register, each department submits its needs, the office runs solves and " +
            "everyone reads the plans (a department its part). Every error is a ProblemDetails (RFC 9457); input problems are " +
            "listed under `errors` by JSON path or parameter name. Send `Authorization: Bearer <token>`. On a province platform " +
            "every county's routes are /api/counties/{county}/... (every route but the province's own /api/province/...); the " +
            "routes without a county are the installation's own county (for a county's token, its own county).";
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Tags = new HashSet<OpenApiTag>(ApiTags.All.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "opaque token",
            Description = "An office or department token (POST /api/tokens issues one; the office's first comes from Scheduler:OfficeToken). " +
                          "A department token reads and writes only its own department's needs and its part of the plans.",
        };
        return Task.CompletedTask;
    }
}

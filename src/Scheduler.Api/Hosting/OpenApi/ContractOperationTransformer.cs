using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scheduler.Api.Plans;

namespace Scheduler.Api.Hosting.OpenApi;

/// <summary>
/// Per operation: the bearer requirement when the endpoint requires authorization, the headers its metadata names
/// (<see cref="ResponseHeader"/>; every 503 also carries Retry-After), and for an endpoint that also serves xlsx
/// (<see cref="XlsxResponse"/>) the workbook media type on its 200 and the ?format= parameter.
/// </summary>
public sealed class ContractOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ContractDocumentTransformer.BearerScheme, context.Document)] = [],
            });
        }

        operation.Responses ??= new OpenApiResponses();
        foreach (var header in metadata.OfType<ResponseHeader>().Append(RetryAfter))
        {
            if (!operation.Responses.TryGetValue(header.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)
                || response is not OpenApiResponse concrete)
            {
                continue;
            }
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[header.Name] = new OpenApiHeader
            {
                Description = header.Description,
                Required = true,
                Schema = header.Format == ResponseHeader.Integer
                    ? new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" }
                    : new OpenApiSchema { Type = JsonSchemaType.String, Format = header.Format },
            };
        }

        if (metadata.OfType<XlsxResponse>().Any()) AddXlsx(operation);
        return Task.CompletedTask;
    }

    private static readonly ResponseHeader RetryAfter = new(StatusCodes.Status503ServiceUnavailable, "Retry-After",
        "Seconds to wait before trying again: the database is unreachable or busy, and nothing was saved.", ResponseHeader.Integer);

    private static void AddXlsx(OpenApiOperation operation)
    {
        if (operation.Responses!.TryGetValue("200", out var ok) && ok is OpenApiResponse response)
        {
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[PlanWorkbook.ContentType] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
            };
        }
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "format",
            In = ParameterLocation.Query,
            Required = false,
            Description = "json (the default) or xlsx; without it, an Accept of the xlsx media type asks for xlsx.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("json"), JsonValue.Create("xlsx")] },
        });
    }
}

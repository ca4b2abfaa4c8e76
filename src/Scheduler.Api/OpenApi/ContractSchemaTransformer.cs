using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scheduler.Api.Endpoints;

namespace Scheduler.Api.OpenApi;

/// <summary>
/// Schemas the generator cannot see through a custom converter: a number that may be "inf"
/// (<see cref="InfinityAsInfConverter"/>) is a number or the string "inf".
/// </summary>
public sealed class ContractSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.CustomConverter is InfinityAsInfConverter)
        {
            schema.Type = null;
            schema.Format = null;
            schema.Pattern = null;
            schema.OneOf =
            [
                new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" },
                new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(InfinityAsInfConverter.Inf)] },
            ];
        }
        return Task.CompletedTask;
    }
}

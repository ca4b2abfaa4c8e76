using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Hosting.OpenApi;

/// <summary>
/// What the generator cannot see: a number that may be "inf" (<see cref="InfinityAsInfConverter"/>) is a number or the
/// string "inf"; a stored token's role (a string in <see cref="TokenInfo"/>) is one of <see cref="TokenRole"/>'s names.
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
        if (context.JsonPropertyInfo is { Name: "role" } role && role.DeclaringType == typeof(TokenInfo))
        {
            schema.Enum = [JsonValue.Create(TokenIdentity.Office), JsonValue.Create(TokenIdentity.DepartmentRole)];
        }
        return Task.CompletedTask;
    }
}

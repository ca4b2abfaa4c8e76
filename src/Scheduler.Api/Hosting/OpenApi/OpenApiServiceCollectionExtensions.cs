using System.Text.Json.Serialization;

namespace Scheduler.Api.Hosting.OpenApi;

/// <summary>The OpenAPI document (/openapi/v1.json) as a contract a typed client is generated from.</summary>
public static class OpenApiServiceCollectionExtensions
{
    public static IServiceCollection AddSchedulerOpenApi(this IServiceCollection services)
    {
        // The API's JSON (responses, and the schemas the document derives from them): numbers strictly as JSON numbers
        // (the web default also reads them from strings, which the document then types "integer | string"), enums by
        // name like the contract's files.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ContractDocumentTransformer>();
            options.AddDocumentTransformer<CountyRoutesDocumentTransformer>();
            options.AddOperationTransformer<ContractOperationTransformer>();
            options.AddSchemaTransformer<ContractSchemaTransformer>();
        });
        return services;
    }
}

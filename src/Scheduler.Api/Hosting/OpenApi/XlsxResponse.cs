namespace Scheduler.Api.Hosting.OpenApi;

/// <summary>
/// Endpoint metadata: besides JSON, the endpoint answers 200 with an xlsx workbook, chosen by ?format=xlsx or an Accept of
/// the xlsx media type; <see cref="ContractOperationTransformer"/> documents the media type and the format parameter.
/// </summary>
public sealed record XlsxResponse
{
    public static XlsxResponse Instance { get; } = new();
}

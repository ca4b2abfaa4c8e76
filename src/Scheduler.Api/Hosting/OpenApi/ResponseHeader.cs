namespace Scheduler.Api.Hosting.OpenApi;

/// <summary>
/// Endpoint metadata: a header the endpoint sends with a response of <paramref name="Status"/>, documented in the OpenAPI
/// document by <see cref="ContractOperationTransformer"/>. <paramref name="Format"/>: the string's format
/// ("date-time", "uri-reference") or "integer" for a whole number.
/// </summary>
public sealed record ResponseHeader(int Status, string Name, string Description, string? Format = null)
{
    /// <summary>A whole-number header (Register-Version, Retry-After's seconds).</summary>
    public const string Integer = "integer";
}

namespace Scheduler.Api.Endpoints;

/// <summary>Reads a request body as text, so the contract's own reader can report every problem with its JSON path.</summary>
public static class RequestBody
{
    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}

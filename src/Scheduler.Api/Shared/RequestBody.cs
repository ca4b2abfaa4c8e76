namespace Scheduler.Api.Shared;

/// <summary>Reads a request body as text, so the contract's own reader can report every problem with its JSON path.</summary>
public static class RequestBody
{
    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>
    /// The body's bytes as they arrived: the buffer <see cref="Hosting.StrictJsonBodies"/> already holds for an API request
    /// (no copy, no UTF-16 string of a body of a few hundred KB), else read into memory. The position is left as it was.
    /// </summary>
    public static async Task<ReadOnlyMemory<byte>> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.Body is MemoryStream memory && memory.TryGetBuffer(out var buffer))
            return buffer.AsMemory((int)memory.Position, (int)(memory.Length - memory.Position));
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, cancellationToken);
        return copy.GetBuffer().AsMemory(0, (int)copy.Length);
    }

    /// <summary>The text <see cref="ReadAsync"/> gives for these bytes (a byte order mark read as StreamReader reads it).</summary>
    public static string Decode(byte[] body)
    {
        using var reader = new StreamReader(new MemoryStream(body, writable: false));
        return reader.ReadToEnd();
    }
}

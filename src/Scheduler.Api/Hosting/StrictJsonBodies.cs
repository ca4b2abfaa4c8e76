using Microsoft.Extensions.Options;
using Scheduler.Api.Shared;

namespace Scheduler.Api.Hosting;

/// <summary>
/// Every API request with a body (PUT needs, PUT register, POST tokens...): the body must be JSON
/// (application/json or application/*+json, else 415 naming Content-Type), and no string or property name in it may
/// hold a control character (400 naming each JSON path; NUL would otherwise reach PostgreSQL as 22P05). The body is
/// read once into memory (it is already capped by <see cref="BodySizeLimit"/>) and handed on rewindable, so
/// <see cref="DatabaseRetry"/> can replay the request.
/// </summary>
public sealed class StrictJsonBodies(RequestDelegate next, IOptions<SchedulerOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || !HasBody(request))
        {
            await next(context);
            return;
        }
        if (!IsJson(request.ContentType))
        {
            await Problems.UnsupportedMediaType(request.ContentType).ExecuteAsync(context);
            return;
        }
        using var buffer = new MemoryStream(request.ContentLength is { } length and < int.MaxValue ? (int)length : 0);
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var errors = JsonControlCharacters.Find(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options.Value.MaxErrors + 1);
        if (errors.Count > 0)
        {
            await Problems.Invalid(errors).ExecuteAsync(context);
            return;
        }
        buffer.Position = 0;
        request.Body = buffer;
        await next(context);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength is > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static bool IsJson(string? contentType)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        var type = media.MediaType.Value ?? "";
        var charset = media.Charset.Value;
        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                   || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        return json && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }
}

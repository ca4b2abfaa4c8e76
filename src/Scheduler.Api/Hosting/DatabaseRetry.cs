namespace Scheduler.Api.Hosting;

/// <summary>
/// Replays a request once, after a short pause, when the database failed it transiently and replaying is safe: a
/// read (GET, HEAD) after any <see cref="DatabaseFaults.IsUnavailable"/> fault; a write only when the fault certainly
/// committed nothing (<see cref="DatabaseFaults.NothingCommitted"/>: a serialization failure or deadlock the server
/// rolled back, a connection never opened), so no version is ever stored twice. Only before the response has started;
/// only for /api requests (a page's components cannot render twice in one request); the body is rewindable
/// (<see cref="StrictJsonBodies"/> buffers API bodies).
/// A second fault goes on to <see cref="DatabaseFaultHandler"/>: 503 with Retry-After.
/// </summary>
public sealed class DatabaseRetry(RequestDelegate next, ILogger<DatabaseRetry> logger)
{
    /// <summary>The pause before the one replay.</summary>
    public static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(250);

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (MayReplay(context, e))
        {
            logger.LogInformation("Replaying {Method} {Path} once after a transient database fault: {Fault}", context.Request.Method, context.Request.Path,
                e.GetBaseException().Message);
            await Task.Delay(Backoff, context.RequestAborted);
            if (context.Request.Body.CanSeek) context.Request.Body.Position = 0;
            context.Response.Clear();
            await next(context);
        }
    }

    private static bool MayReplay(HttpContext context, Exception e)
    {
        // API requests only: a page's components hold per-request state (navigation, forms) that cannot render twice.
        if (!context.Request.Path.StartsWithSegments("/api")) return false;
        if (context.Response.HasStarted || context.RequestAborted.IsCancellationRequested || !DatabaseFaults.IsUnavailable(e)) return false;
        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        var body = context.Request.ContentLength is null or 0 && context.Request.Headers.TransferEncoding.Count == 0;
        var rewindable = body || context.Request.Body.CanSeek;
        return rewindable && (read || DatabaseFaults.NothingCommitted(e));
    }
}

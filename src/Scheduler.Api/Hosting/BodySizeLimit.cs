using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Scheduler.Api.Hosting;

/// <summary>
/// Scheduler:MaxBodyMegabytes for every request: a declared Content-Length over it is answered 413 at once; the server's
/// own limit (Kestrel's, 30 MB by default) is set to it; and a body of unknown length is counted as it is read, so an
/// oversize chunked body fails with a 413 <see cref="BadHttpRequestException"/> (turned into ProblemDetails by
/// <see cref="BadRequestExceptionHandler"/>) on any server, the test server included.
/// </summary>
public sealed class BodySizeLimit(RequestDelegate next, IOptions<SchedulerOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = (long)options.Value.MaxBodyMegabytes * 1024 * 1024;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"the body has {context.Request.ContentLength} bytes; at most {options.Value.MaxBodyMegabytes} MB are accepted (Scheduler:MaxBodyMegabytes)",
                },
            });
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        if (context.Request.ContentLength is null) {
            int megabytes = options.Value.MaxBodyMegabytes;
            context.Request.Body = new CountingReadStream(context.Request.Body, read =>
            {
                if (read > limit)
                    throw new BadHttpRequestException($"the body is over {megabytes} MB (Scheduler:MaxBodyMegabytes)", StatusCodes.Status413PayloadTooLarge);
            });
        }
        await next(context);
    }
}

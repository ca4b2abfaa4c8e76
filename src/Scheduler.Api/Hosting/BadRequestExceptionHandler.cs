using Microsoft.AspNetCore.Diagnostics;

namespace Scheduler.Api.Hosting;

/// <summary>
/// A <see cref="BadHttpRequestException"/> (an oversize or broken body, from the server or <see cref="LimitedReadStream"/>)
/// is the client's fault: answered with its own status (413, 400, ...) as ProblemDetails, never 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
                Detail = bad.Message,
            },
        });
    }
}

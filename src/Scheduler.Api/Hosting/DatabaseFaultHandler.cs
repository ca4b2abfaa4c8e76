using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Scheduler.Api.Hosting;

/// <summary>
/// The database unavailable (connection refused, shutdown, serialization failure, deadlock, timeout: see
/// <see cref="DatabaseFaults"/>) is a 503 with Retry-After and a ProblemDetails saying nothing was saved, never a 500.
/// Text PostgreSQL cannot store (a NUL that got past every check) is a 400.
/// </summary>
public sealed class DatabaseFaultHandler(IProblemDetailsService problems, IOptions<SchedulerOptions> options, ILogger<DatabaseFaultHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        int status;
        string title, detail;
        if (DatabaseFaults.IsUnstorableText(exception))
        {
            status = StatusCodes.Status400BadRequest;
            title = "The request has text the database cannot store";
            detail = "a text holds a character PostgreSQL refuses (NUL); nothing was saved";
        }
        else if (DatabaseFaults.IsUnavailable(exception))
        {
            status = StatusCodes.Status503ServiceUnavailable;
            title = "The database is unavailable";
            detail = $"The data was not saved: the database could not serve the request ({Reason(exception)}). Retry after {options.Value.RetryAfterSeconds} seconds.";
            httpContext.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            logger.LogWarning("503 for {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, Reason(exception));
        }
        else
        {
            return false;
        }
        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        };
        if (await problems.TryWriteAsync(context)) return true;
        // A page (Accept: text/html) gets the same words as plain text.
        httpContext.Response.ContentType = "text/plain; charset=utf-8";
        await httpContext.Response.WriteAsync(status == StatusCodes.Status503ServiceUnavailable
            ? $"数据库暂时不可用，数据没有保存，请 {options.Value.RetryAfterSeconds} 秒后重试。\n{detail}\n"
            : $"{title}: {detail}\n", cancellationToken);
        return true;
    }

    private static string Reason(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException pg) return $"PostgreSQL {pg.SqlState}";
        }
        return exception.GetBaseException().GetType().Name;
    }
}

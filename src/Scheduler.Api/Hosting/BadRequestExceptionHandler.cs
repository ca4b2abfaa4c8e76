using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Scheduler.Api.Hosting;

/// <summary>
/// A <see cref="BadHttpRequestException"/> (an oversize or broken body, from the server or <see cref="BodySizeLimit"/>'s counting stream;
/// a route or query value that does not bind, thrown because RouteHandlerOptions.ThrowOnBadRequest is on) is the client's
/// fault: answered with its own status (413, 400, ...) as ProblemDetails, never 500. A value that does not bind is listed
/// under "errors" by its parameter's name, like every other input problem ({"id": ["..."]}).
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        httpContext.Response.StatusCode = bad.StatusCode;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
                Detail = bad.Message,
            },
        };
        if (Parameter().Match(bad.Message) is { Success: true } match)
        {
            context.ProblemDetails.Title = "The request has 1 problem";
            context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [match.Groups["name"].Value] = [$"'{match.Groups["value"].Value}' is not {Describe(match.Groups["type"].Value)}"],
            };
        }
        return await problems.TryWriteAsync(context);
    }

    /// <summary>The parameter's type in words: "long", "int?", "Nullable&lt;int&gt;" are whole numbers.</summary>
    private static string Describe(string type)
    {
        var bare = type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>', '?');
        return bare is "int" or "long" or "Int32" or "Int64" or "short" ? "a whole number" : $"a valid {bare}";
    }

    /// <summary>ASP.NET Core's message for a value that does not bind: Failed to bind parameter "long id" from "abc".</summary>
    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>[^ "]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex Parameter();
}

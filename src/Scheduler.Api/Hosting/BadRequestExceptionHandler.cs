using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Scheduler.Api.Hosting;

/// <summary>
/// A <see cref="BadHttpRequestException"/> (an oversize or broken body, from the server or <see cref="BodySizeLimit"/>'s counting stream;
/// a route or query value that does not bind, thrown because RouteHandlerOptions.ThrowOnBadRequest is on) is the client's
/// fault: answered with its own status (413, 400, ...) as ProblemDetails, never 500. A value that does not bind is listed
/// under "errors" by its parameter's name, like every other input problem ({"id": ["..."]}); a JSON body that does not read
/// into the endpoint's request by the path of the value at fault ({"$.goal": ["expected a number here"]}).
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
        if (bad.InnerException is System.Text.Json.JsonException json)
        {
            // A JSON body that does not read into the endpoint's request (a string where a number goes, a number out of
            // range, broken JSON): named by its path, like every other input problem ({"$.goal": ["..."]}).
            context.ProblemDetails.Title = "The request has 1 problem";
            context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [json.Path ?? "$"] = [Explain(json)] };
        }
        else if (Parameter().Match(bad.Message) is { Success: true } match)
        {
            context.ProblemDetails.Title = "The request has 1 problem";
            context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [match.Groups["name"].Value] = [$"'{match.Groups["value"].Value}' is not {Describe(match.Groups["type"].Value)}"],
            };
        }
        return await problems.TryWriteAsync(context);
    }

    /// <summary>
    /// What is wrong with a JSON value, in words ("expected a whole number here"), from the reader's messages: the inner
    /// one names the kind the value should be (out of bounds for an Int32, token type 'Number' as a string), the outer
    /// one the type it did not convert to; else the reader's own message without its position.
    /// </summary>
    private static string Explain(System.Text.Json.JsonException json)
    {
        var inner = json.InnerException?.Message ?? "";
        var outer = Converted().Match(json.Message) is { Success: true } match ? match.Groups["type"].Value : null;
        bool Says(string text, params string[] names) => names.Any(n => text.Contains(n, StringComparison.Ordinal));
        var words = inner switch
        {
            _ when Says(inner, "for an Int16", "for an Int32", "for an Int64", "for a UInt") => "a whole number",
            _ when Says(inner, "for a Double", "for a Single", "for a Decimal", "as a number") => "a number",
            _ when Says(inner, "as a string") => "a string",
            _ when Says(inner, "as a boolean") => "true or false",
            _ when outer is not null && Says(outer, "List`", "[]", "IEnumerable`", "Collection`") => "an array",
            _ when outer is not null && Says(outer, "System.String") => "a string",
            _ => null,
        };
        return words is not null ? $"expected {words} here" : "malformed JSON: " + json.Message.Split(" Path:")[0].Split(" LineNumber:")[0];
    }

    /// <summary>System.Text.Json's message for a value of the wrong kind: The JSON value could not be converted to System.String. Path: …</summary>
    [GeneratedRegex("""could not be converted to (?<type>.+?)\. Path:""", RegexOptions.Singleline)]
    private static partial Regex Converted();

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

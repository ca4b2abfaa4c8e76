using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Shared;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Plans;

/// <summary>Which format a plan is asked for: ?format=json|xlsx wins; else an Accept naming the xlsx media type; else JSON.</summary>
public static class PlanFormat
{
    public const string Json = "json";
    public const string Xlsx = "xlsx";

    /// <summary>"json" or "xlsx"; null when ?format= names something else.</summary>
    public static string? Of(HttpRequest request)
    {
        string? format = request.Query["format"];
        if (!string.IsNullOrEmpty(format))
        {
            return format.ToLowerInvariant() switch { Json => Json, Xlsx => Xlsx, _ => null };
        }
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals(PlanWorkbook.ContentType, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0)
            ? Xlsx : Json;
    }

    public static ProblemHttpResult Unknown(HttpRequest request) =>
        Problems.Invalid([new InputError("format", $"format '{request.Query["format"]}' is neither 'json' nor 'xlsx'")]);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Shared;

/// <summary>ProblemDetails responses; input problems are listed under "errors" as { "JSON path": [messages] }.</summary>
public static class Problems
{
    public static ProblemHttpResult Invalid(IReadOnlyList<InputError> errors) =>
        WithErrors(StatusCodes.Status400BadRequest, $"The request has {errors.Count} problem{(errors.Count == 1 ? "" : "s")}", errors);

    public static ProblemHttpResult Forbidden(string title, IReadOnlyList<InputError> errors) =>
        WithErrors(StatusCodes.Status403Forbidden, title, errors);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemHttpResult Conflict(string title, IReadOnlyList<InputError> errors) =>
        WithErrors(StatusCodes.Status409Conflict, title, errors);

    /// <summary>A request body that is not JSON: 415 naming Content-Type.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string? contentType) =>
        WithErrors(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
            [new InputError("Content-Type", contentType is null or ""
                ? "the body has no Content-Type; send it as application/json"
                : $"'{(contentType.Length > 100 ? contentType[..100] + "…" : contentType)}' is not accepted; send the body as application/json (UTF-8)")]);

    private static ProblemHttpResult WithErrors(int status, string title, IReadOnlyList<InputError> errors)
    {
        var byPath = errors.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.Problem(statusCode: status, title: title,
            detail: string.Join("; ", errors.Take(5).Select(e => e.ToString())) + (errors.Count > 5 ? "; ..." : ""),
            extensions: new Dictionary<string, object?> { ["errors"] = byPath });
    }
}

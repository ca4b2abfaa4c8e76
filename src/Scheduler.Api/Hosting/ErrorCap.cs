using Microsoft.Extensions.Options;

namespace Scheduler.Api.Hosting;

/// <summary>
/// Caps the "errors" of a ProblemDetails at Scheduler:MaxErrors messages (in order, whole paths first) and adds
/// "errorCount", the total, so a body with half a million bad rows gets a small 400 that still says how bad it was.
/// </summary>
public static class ErrorCap
{
    public static void Apply(ProblemDetailsContext context)
    {
        if (!context.ProblemDetails.Extensions.TryGetValue("errors", out var value) || value is not IDictionary<string, string[]> errors) return;
        var max = context.HttpContext.RequestServices.GetService<IOptions<SchedulerOptions>>()?.Value.MaxErrors ?? 100;
        var total = errors.Values.Sum(m => m.Length);
        context.ProblemDetails.Extensions["errorCount"] = total;
        if (total <= max) return;
        var capped = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var left = max;
        foreach (var (path, messages) in errors)
        {
            if (left == 0) break;
            var taken = messages.Length <= left ? messages : messages[..left];
            capped[path] = taken;
            left -= taken.Length;
        }
        context.ProblemDetails.Extensions["errors"] = capped;
        context.ProblemDetails.Extensions["errorsTruncated"] = true;
    }
}

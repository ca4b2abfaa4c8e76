namespace Scheduler.Api.Hosting.OpenApi;

/// <summary>What every API operation can answer besides its own results, declared once per route group.</summary>
public static class ContractConventions
{
    /// <summary>
    /// 401 (no token, or a revoked one), 500 (a fault of the service) and 503 (the database is unreachable or busy: retry
    /// after Retry-After seconds), all ProblemDetails, and the group's tag.
    /// </summary>
    public static RouteGroupBuilder AsContract(this RouteGroupBuilder group, string tag)
    {
        group.WithTags(tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    /// <summary>
    /// 400 as a validation problem (a route or query value that does not bind, or the input's problems, each with its
    /// place), then each of <paramref name="problems"/> as ProducesProblem: what most operations declare.
    /// </summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] problems)
    {
        builder.ProducesValidationProblem();
        foreach (var status in problems) builder.ProducesProblem(status);
        return builder;
    }
}

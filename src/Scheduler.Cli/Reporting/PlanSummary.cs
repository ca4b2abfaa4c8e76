using Scheduler.Domain.Plans;
using Scheduler.Solver;

namespace Scheduler.Cli.Reporting;

/// <summary>What a command reports about one plan: the planner's word on it and the checked figures.</summary>
internal sealed record PlanSummary
{
    public required string Planner { get; init; }

    /// <summary>The planner's status, or null for a plan read from a file.</summary>
    public SolveStatus? Status { get; init; }

    public required PlanFigures Figures { get; init; }

    /// <summary>Rules the plan breaks, in words (empty: valid).</summary>
    public IReadOnlyList<string> Violations { get; init; } = [];

    public int? PerEnterpriseBound { get; init; }
    public bool PerEnterpriseBoundExact { get; init; }
    public TimeSpan? Elapsed { get; init; }

    public bool Valid => Violations.Count == 0;

    public static PlanSummary From(PlanResult result, IReadOnlyList<string> violations) => new()
    {
        Planner = result.Planner,
        Status = result.Status,
        Figures = result.Figures,
        Violations = violations,
        PerEnterpriseBound = result.PerEnterpriseBound,
        PerEnterpriseBoundExact = result.PerEnterpriseBoundExact,
        Elapsed = result.Elapsed,
    };

    /// <summary>Visits / per-enterprise bound − 1, when the planner computed the bound.</summary>
    public double? PerEnterpriseGap =>
        PerEnterpriseBound is { } bound && bound > 0 ? (double)Figures.Visits / bound - 1 : null;
}

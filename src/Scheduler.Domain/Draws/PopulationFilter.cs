namespace Scheduler.Domain.Draws;

/// <summary>
/// Which enterprises a rule draws from. Each list given narrows the population (all must hold); within a list any
/// entry matches. Nothing given: every enterprise of the register.
/// </summary>
public sealed record PopulationFilter
{
    public IReadOnlyList<string>? Industries { get; init; }
    public IReadOnlyList<string>? Townships { get; init; }

    /// <summary>Risk levels A–D.</summary>
    public IReadOnlyList<string>? RiskLevels { get; init; }

    /// <summary>An enterprise with any of these tags matches.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>An explicit list of enterprise ids.</summary>
    public IReadOnlyList<string>? Enterprises { get; init; }
}

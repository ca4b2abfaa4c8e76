namespace Scheduler.Domain.Draws;

/// <summary>How to draw: the published seed, the mode, and for spread last year's record (or, when replaying, the recorded starts).</summary>
public sealed record DrawRequest
{
    public long Seed { get; init; }
    public string Mode { get; init; } = DrawModes.Coordinated;

    /// <summary>Last year's draw, for <see cref="DrawModes.Spread"/>; its seed must be <see cref="Seed"/>.</summary>
    public DrawRecord? Previous { get; init; }

    public string? PreviousSha256 { get; init; }

    /// <summary>Replaying a spread draw: the starts its record gives, instead of deriving them from the previous record.</summary>
    public IReadOnlyDictionary<string, double>? Starts { get; init; }

    public string? RegisterSha256 { get; init; }
    public string? RulesSha256 { get; init; }
}

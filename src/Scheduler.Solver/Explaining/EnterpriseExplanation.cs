namespace Scheduler.Solver.Explaining;

/// <summary>
/// Why an enterprise's needs are in the visits the plan gives it: the fewest visits its needs' frequencies allow, and for
/// each pair of its needs that never share a visit, the rules that kept them apart; then its unassigned occurrences and
/// unscheduled visits, each with its reasons.
/// </summary>
public sealed record EnterpriseExplanation
{
    public required string Enterprise { get; init; }
    public int Visits { get; init; }

    /// <summary>The most occurrences any of its needs asks for: no plan gives it fewer visits.</summary>
    public int FewestByFrequency { get; init; }

    /// <summary>Pairs of its needs that share no visit, with the rules that keep them apart.</summary>
    public IReadOnlyList<ApartNeeds> Apart { get; init; } = [];

    /// <summary>With more visits than <see cref="FewestByFrequency"/>: each visit and the rules that keep it (a task no other visit can take).</summary>
    public IReadOnlyList<OccurrenceExplanation> Extra { get; init; } = [];

    public IReadOnlyList<OccurrenceExplanation> Unassigned { get; init; } = [];
    public IReadOnlyList<OccurrenceExplanation> Unscheduled { get; init; } = [];
}

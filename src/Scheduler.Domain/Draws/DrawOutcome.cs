using Scheduler.Domain.Model;

namespace Scheduler.Domain.Draws;

/// <summary>A draw: the instance with the drawn needs (what `plan` reads), its published record, and each stratum's
/// members with their inclusion probabilities (for the figures).</summary>
public sealed record DrawOutcome(Instance Instance, DrawRecord Record)
{
    /// <summary>Per stratum of <see cref="DrawRecord.Strata"/> (same order): its members' enterprise indices and inclusion probabilities.</summary>
    internal IReadOnlyList<(int[] Members, double[] Inclusion)> Inclusion { get; init; } = [];
}

namespace Scheduler.Bench.Harness;

/// <summary>When one planner (ours) first reached another planner's final quality on the same instance.</summary>
/// <param name="ReachedAt">Seconds into the leader's run; null when it never did.</param>
/// <param name="Speedup">The other's time to its final plan ÷ <paramref name="ReachedAt"/>; null when not reached or instant.</param>
internal sealed record QualityRace(string Instance, BenchRow Other, double? ReachedAt, double? Speedup)
{
    /// <summary>The races of <paramref name="leader"/> against every other planner, instance by instance.</summary>
    public static IReadOnlyList<QualityRace> Of(BenchRun run, string leader) =>
        [.. run.Rows.Where(r => r.Planner == leader).SelectMany(lead => run.Rows
            .Where(o => o.Instance == lead.Instance && o.Planner != leader)
            .Select(o =>
            {
                var at = lead.Reaches.TryGetValue(o.Planner, out var s) ? s : null;
                double? speedup = at is > 0 ? o.SecondsToFinal / at.Value : null;
                return new QualityRace(lead.Instance, o, at, speedup);
            }))];
}

namespace Scheduler.Bench.Harness;

/// <summary>When a run first held a plan at least as good as a given one, from its progress samples.</summary>
internal static class TimeToQuality
{
    /// <returns>The seconds since the run started, or null when it never got there.</returns>
    public static double? FirstReached(IReadOnlyList<QualitySample> samples, int visits, int unassigned)
    {
        foreach (var sample in samples)
            if (sample.AtLeastAsGoodAs(visits, unassigned)) return sample.Seconds;
        return null;
    }
}

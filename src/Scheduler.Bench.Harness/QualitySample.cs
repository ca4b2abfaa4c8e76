namespace Scheduler.Bench.Harness;

/// <summary>The best plan a planner had at some moment of its run: lexicographic quality (unassigned, then visits).</summary>
public readonly record struct QualitySample(double Seconds, int Visits, int Unassigned)
{
    /// <summary>True when this is at least as good as a plan with these figures (fewer unassigned first, then fewer visits).</summary>
    public bool AtLeastAsGoodAs(int visits, int unassigned) =>
        Unassigned < unassigned || (Unassigned == unassigned && Visits <= visits);
}

using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Replanning;

/// <summary>A visit of the previous plan carried into the replan: its month, the needs (indices of the changed instance) it still serves and their occurrence numbers.</summary>
internal sealed class KeptVisit(Visit source, int position, int month)
{
    public Visit Source { get; } = source;

    /// <summary>Its index in the previous plan's visits (the replan keeps their order).</summary>
    public int Position { get; } = position;

    public int Month { get; } = month;

    /// <summary>Need index → occurrence number in the previous plan, for the tasks still valid.</summary>
    public Dictionary<int, int> Occurrences { get; } = [];

    /// <summary>True when a task was dropped from it (a withdrawn or changed need).</summary>
    public bool Trimmed { get; set; }

    public int[] Needs => [.. Occurrences.Keys.Order()];
}

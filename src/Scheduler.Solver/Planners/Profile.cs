using Scheduler.Solver.Cp;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Planners;

/// <summary>Enterprises whose needs are identical up to ids (same departments, items, frequencies, months, gaps, cap): solved once.</summary>
internal sealed class Profile(int representative)
{
    public int Representative { get; } = representative;
    public List<int> Members { get; } = [];

    /// <summary>The representative's best schedule on its own and the proven bound on its visits.</summary>
    public SoloSolution? Solo { get; set; }

    /// <summary>True when the greedy merge already meets the trivial bounds: no CP-SAT needed.</summary>
    public bool Trivial { get; set; }
}

using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Cp;

/// <summary>An enterprise solved on its own (capacity ignored): the best schedule found and a proven lower bound on its visits.</summary>
internal sealed record SoloSolution(EnterpriseSchedule Schedule, int VisitsBound)
{
    /// <summary>The schedule's visit count is proven least: it meets the bound with nothing unassigned.</summary>
    public bool Optimal => Schedule.Unplaced.Count == 0 && Schedule.VisitCount == VisitsBound;
}

using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Cp;

/// <summary>An enterprise solved on its own (capacity ignored): the best schedule found and a proven lower bound on its visits.</summary>
internal sealed record SoloSolution(EnterpriseSchedule Schedule, int VisitsBound, bool Optimal);

namespace Scheduler.Solver.Scheduling;

/// <summary>One planned visit of an enterprise: a month and the needs it serves (one occurrence each).</summary>
internal sealed record ScheduledVisit(int Month, int[] Needs);

namespace Scheduler.Domain.Plans;

/// <summary>One occurrence (1-based) of one need, served in a visit.</summary>
public sealed record VisitTask(string Need, int Occurrence);

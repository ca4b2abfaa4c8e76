namespace Scheduler.Domain.Plans;

/// <summary>An occurrence the plan could not place, with the reason in words a county officer understands.</summary>
public sealed record UnassignedOccurrence(string Need, int Occurrence, string Reason);

namespace Scheduler.Domain.Plans;

/// <summary>An annual-plan visit the month could not schedule, with the missing resource named.</summary>
public sealed record UnscheduledVisit(string Visit, string Reason);

namespace Scheduler.Api.Plans;

/// <summary>A visit the monthly plan could not schedule, with its township and the monthly plan's reason.</summary>
public sealed record UnscheduledRow(string Visit, VisitSummary? Summary, string TownshipName, string Reason);

namespace Scheduler.Api.Plans;

/// <summary>
/// The <see cref="Order"/>-th stop (1-based) of a team-day: the annual-plan visit (its summary is null when the annual
/// plan has no such visit) and the travel minutes from the previous place (the office for the first stop).
/// </summary>
public sealed record RouteStop(int Order, string Visit, VisitSummary? Summary, double? TravelMinutes);

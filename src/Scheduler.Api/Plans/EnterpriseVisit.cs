namespace Scheduler.Api.Plans;

/// <summary>
/// A visit of an enterprise: what it covers, and its place in the month. <see cref="TeamDay"/> is set when the month's
/// plan schedules it; <see cref="UnscheduledReason"/> when the month's plan lists it as unscheduled; both null when the
/// month has no monthly plan (<see cref="MonthPlanned"/> false).
/// </summary>
public sealed record EnterpriseVisit(VisitSummary Summary, TeamDayView? TeamDay, string? UnscheduledReason, bool MonthPlanned);

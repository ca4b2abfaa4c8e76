using Scheduler.Domain.Staffing;

namespace Scheduler.Api.Staffing;

/// <summary>
/// The staffing check of the year's assembled instance: per department and month, where its officers cannot make the
/// team-days the needs ask at the least (<see cref="StaffingCheck"/>). Warnings: a plan still exists, but some visits
/// will go without a team or cost an extra visit.
/// </summary>
public sealed record StaffingReport(int Year, int Count, IReadOnlyList<StaffingFinding> Findings);

namespace Scheduler.Api.Staffing;

/// <summary>
/// POST /api/solves/{id}/staffing: <paramref name="Additions"/> the officers to add, one staff compared each, written
/// DEPT[@TOWNSHIP][:N] (at most 12); none: <paramref name="Suggest"/> (1-12, default 3) suggested from the run's
/// departments, one team each: those full on the joint weekdays first, then those that lost the most checks from joint visits.
/// </summary>
public sealed record StaffingWhatIfRequest(IReadOnlyList<string>? Additions, int? Suggest);

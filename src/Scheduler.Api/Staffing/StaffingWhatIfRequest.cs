namespace Scheduler.Api.Staffing;

/// <summary>
/// POST /api/solves/{id}/staffing: <paramref name="Additions"/> the changes to compare, one year each (at most 12): officers
/// written DEPT[@TOWNSHIP][:N], or a weekday's name (Thursday, 周四) to make it a joint weekday too, or several joined by +
/// as one package (JTYS:2+ZRZY:2); none: a second joint
/// weekday when the county has one, a team each of the two departments most left-out visits wait for (one package), and
/// <paramref name="Suggest"/> (1-12, default 3) teams suggested from the run's
/// departments: those the left-out visits ran short of first, then those full on the joint weekdays, then those that lost
/// the most checks from joint visits. <paramref name="Goal"/> (percent of the per-enterprise bound, 0-100): after those, up to
/// three steps toward that staffing price with nothing left out, each the best change so far with one team more
/// (<see cref="Scheduler.Solver.Staffing.StaffingGoal"/>).
/// </summary>
public sealed record StaffingWhatIfRequest(IReadOnlyList<string>? Additions, int? Suggest, double? Goal = null);

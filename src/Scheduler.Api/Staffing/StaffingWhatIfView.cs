using Scheduler.Api.Solves;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Staffing;

/// <summary>
/// A staffing what-if as the API shows it: the run it measures against, its state (as a solve's), the changes asked
/// (officers written DEPT[@TOWNSHIP]:N, or a weekday made joint too, written as its English name; suggested or given), and one row a staff planned so far, the staff as it stands first.
/// <paramref name="Goal"/>: the staffing price sought (percent of the per-enterprise bound, nothing left out), null when
/// none; <paramref name="GoalMetBy"/> the change among the rows meeting it with the fewest officers (<see cref="StaffingGoal.Cheapest"/>),
/// <paramref name="GoalMetAsItStands"/> whether the staff as it stands already does.
/// </summary>
public sealed record StaffingWhatIfView(long Id, long Run, SolveState State, IReadOnlyList<string> Additions, bool Suggested,
    IReadOnlyList<StaffingRow> Rows, string? Error, bool CancelRequested, string CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt, string Url, double? Goal = null, string? GoalMetBy = null, bool? GoalMetAsItStands = null);

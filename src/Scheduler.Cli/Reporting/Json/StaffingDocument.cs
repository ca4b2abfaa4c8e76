using Scheduler.Solver.Staffing;

namespace Scheduler.Cli.Reporting.Json;

/// <summary>
/// What `scheduler staffing --json` prints: the year with the staff as it stands, then each addition of officers planned
/// with the same seed and work (<see cref="StaffingWhatIf"/>), and the best change (<see cref="StaffingRow.Best"/>; null
/// when none is better than the staff as it stands). With --goal: the goal in percent, whether the staff as it stands
/// meets it, and the change meeting it with the fewest officers (<see cref="StaffingGoal.Cheapest"/>; null when none does).
/// </summary>
internal sealed record StaffingDocument(string Instance, int Seed, double Work, bool Suggested, IReadOnlyList<StaffingRow> Alternatives, string? Best,
    double? Goal = null, bool? GoalMetAsItStands = null, string? GoalMetBy = null);

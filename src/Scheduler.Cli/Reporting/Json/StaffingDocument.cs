using Scheduler.Solver.Staffing;

namespace Scheduler.Cli.Reporting.Json;

/// <summary>
/// What `scheduler staffing --json` prints: the year with the staff as it stands, then each addition of officers planned
/// with the same seed and work (<see cref="StaffingWhatIf"/>), and the best change (<see cref="StaffingRow.Best"/>; null
/// when none is better than the staff as it stands).
/// </summary>
internal sealed record StaffingDocument(string Instance, int Seed, double Work, bool Suggested, IReadOnlyList<StaffingRow> Alternatives, string? Best);

namespace Scheduler.Cli.Reporting.Json;

/// <summary>
/// What `scheduler staffing --json` prints: the year with the staff as it stands, then each addition of officers planned
/// with the same seed and work (<see cref="Solver.Staffing.StaffingWhatIf"/>).
/// </summary>
internal sealed record StaffingDocument(string Instance, int Seed, double Work, bool Suggested, IReadOnlyList<StaffingRow> Alternatives);

/// <summary>One staff in <see cref="StaffingDocument"/>: the officers added (null: as it stands) and its year.</summary>
internal sealed record StaffingRow(
    string? Added,
    string? Department,
    string? Township,
    int AddedOfficers,
    int Officers,
    int Unassigned,
    int Unscheduled,
    int Visits,
    int? PerEnterpriseBound,
    int? StaffingPrice,
    int FewerVisits,
    int FewerLeftOut,
    double? FewerVisitsPerOfficer,
    bool KeptCurrent);

namespace Scheduler.Solver.Staffing;

/// <summary>
/// One staff compared (<see cref="StaffingAlternative"/>) as published: `scheduler staffing --json` and the service's
/// staffing what-ifs. <see cref="Added"/> the change as written, null: the staff as it stands; <see cref="Department"/> and
/// <see cref="Township"/> when it adds one department's officers; <see cref="AddedOfficers"/> all it adds;
/// <see cref="JointWeekday"/> the weekday added to the joint weekdays, when it adds one. <see cref="Source"/> says which year was taken
/// (merged: the current year merged further; replanned), <see cref="ReplannedVisits"/> and <see cref="ReplannedLeftOut"/>
/// what the year planned again gave either way. <see cref="FollowUp"/>: tried after the others, the best of them with teams
/// of the departments its year's left-out visits wait for.
/// </summary>
public sealed record StaffingRow(
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
    bool? Better,
    string? Source,
    int? ReplannedVisits,
    int? ReplannedLeftOut,
    string? JointWeekday = null,
    bool FollowUp = false)
{
    /// <summary>
    /// The best change of a what-if's rows: of those better than the staff as it stands, the fewest left out (unassigned
    /// plus unscheduled), then the fewest visits, then by name; null when none is better.
    /// </summary>
    public static StaffingRow? Best(IEnumerable<StaffingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => r.Added is not null && r.Better == true)
            .OrderBy(r => r.Unassigned + r.Unscheduled).ThenBy(r => r.Visits).ThenBy(r => r.Added, StringComparer.Ordinal).FirstOrDefault();
    }

    public static StaffingRow Of(StaffingAlternative a)
    {
        ArgumentNullException.ThrowIfNull(a);
        // Department and township name a change of one department's officers; a package's are in its text.
        var single = a.Change?.Officers is [var only] ? only : null;
        return new(a.Change?.ToString(), single?.Department, single?.Township, a.Change?.AddedOfficers ?? 0,
            a.Officers, a.Year.Unassigned, a.Year.Unscheduled, a.Year.Visits, a.Year.PerEnterpriseBound, a.Year.StaffingPrice,
            a.FewerVisits, a.FewerLeftOut, a.FewerVisitsPerOfficer is { } p ? Math.Round(p, 1) : null, a.Better,
            a.Source, a.Replanned?.Visits, a.Replanned is { } r ? r.Unassigned + r.Unscheduled : null,
            a.Change?.JointWeekday?.ToString(), a.FollowUp);
    }
}

namespace Scheduler.Bench.Harness;

/// <summary>The "staffed year" table of report.md and report.html: one row per instance.</summary>
internal static class YearFormat
{
    public const string Heading = "The staffed year: the annual plan and its twelve months with the county's own officers";

    public const string Note =
        "Price: visits above the per-enterprise bound (the unconstrained optimum); price bound: a proven lower bound on that price; unscheduled: visits the months could not staff; full: departments that used 95% or more of the team-days their officers could make on the joint weekdays, with that share (where the price is paid).";

    public static readonly IReadOnlyList<string> Headers =
    [
        "instance", "officers", "unassigned", "unscheduled", "visits", "per-enterprise bound", "price", "price bound",
        "full on joint weekdays", "officer-days", "travel hours", "busiest officer", "rounds", "wall", "process peak", "valid",
    ];

    public static string[] Cells(YearRow y) =>
    [
        y.Instance, BenchFormat.Count(y.Officers), BenchFormat.Count(y.Unassigned),
        $"{BenchFormat.Count(y.Unscheduled)} ({BenchFormat.Number(y.UnscheduledShare * 100, "0.00")}%)",
        BenchFormat.Count(y.Visits), BenchFormat.Count(y.PerEnterpriseBound),
        $"{BenchFormat.Count(y.StaffingPrice)} ({BenchFormat.Gap(y.PriceShare)})",
        $"{BenchFormat.Count(y.PriceBound)} ({BenchFormat.Gap(y.PriceBoundShare)})",
        Full(y), BenchFormat.Count(y.OfficerDays), BenchFormat.Number(y.TravelHours, "N0"),
        y.BusiestOfficer is null ? "—" : $"{y.BusiestOfficer} ({y.BusiestOfficerDays} days)",
        BenchFormat.Count(y.Rounds), BenchFormat.Seconds(y.WallSeconds), BenchFormat.Megabytes(y.ProcessPeakMb), y.Valid ? "yes" : "no",
    ];

    /// <summary>The departments full on the joint weekdays, fullest first: "YJGL 100%, STHJ 98%"; "—" when none.</summary>
    private static string Full(YearRow y)
    {
        var full = y.Departments.Where(d => d.FullOnJointDays)
            .OrderByDescending(d => d.JointUse).ThenBy(d => d.Department, StringComparer.Ordinal)
            .Select(d => $"{d.Department} {BenchFormat.Number(d.JointUse * 100, "0")}%").ToList();
        return full.Count == 0 ? "—" : string.Join(", ", full);
    }
}

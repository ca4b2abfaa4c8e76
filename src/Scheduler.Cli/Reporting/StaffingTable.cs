using System.Globalization;
using Scheduler.Solver.Staffing;
using Spectre.Console;

namespace Scheduler.Cli.Reporting;

/// <summary>What more officers or another joint weekday buy (<see cref="StaffingWhatIf"/>): one row a staff, the staff as it stands first.</summary>
internal static class StaffingTable
{
    public static Table For(IReadOnlyList<StaffingAlternative> alternatives)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("change")
            .AddColumn(new TableColumn("officers").RightAligned())
            .AddColumn(new TableColumn("left out").RightAligned())
            .AddColumn(new TableColumn("visits").RightAligned())
            .AddColumn(new TableColumn("staffing price").RightAligned())
            .AddColumn(new TableColumn("fewer visits").RightAligned())
            .AddColumn(new TableColumn("fewer left out").RightAligned())
            .AddColumn(new TableColumn("per officer").RightAligned())
            .AddColumn("better")
            .AddColumn("year");
        foreach (var a in alternatives)
        {
            var y = a.Year;
            var price = y.StaffingPrice is { } p && y.PerEnterpriseBound is { } b && b > 0 ? $"{Format.Count(p)} ({Format.Gap((double)p / b)})" : "—";
            table.AddRow(
                a.Change is { } change ? Markup.Escape(Label(change)) + (a.FollowUp ? " (then)" : "") : "none (as it stands)",
                Format.Count(a.Officers),
                Format.Count(a.LeftOut),
                Format.Count(y.Visits),
                price,
                a.Change is null ? "" : Format.Count(a.FewerVisits),
                a.Change is null ? "" : Format.Count(a.FewerLeftOut),
                a.FewerVisitsPerOfficer is { } per ? per.ToString("0.0", CultureInfo.InvariantCulture) : "",
                a.Better switch { true => "yes", false => "no", null => "" },
                a.Source ?? "");
        }
        table.Caption("Year: the better of the current year with sibling visits merged back where the added officers let a team carry "
            + "them (merged), and the year planned again with the same seed and work (replanned; --json gives both). Fewer: than as it stands "
            + "(negative: more). Left out: unassigned "
            + "plus unscheduled visits. Better: in the spec's order, left out first, then visits; when not, the county keeps its current "
            + "year, which more officers can still carry out. DEPT:N adds N officers at county level, DEPT@TOWNSHIP:N posts them there; \"DAY joint too\" "
            + "lets multi-department visits go on that weekday as well; \"posted officers county-wide\" (Countywide) lets the officers posted to townships work anywhere. (then): tried last, the best change with a team each of the departments its left-out "
            + "visits still wait for, or, with --goal, with one team more a step.");
        return table;
    }

    /// <summary>
    /// A change as the table names it: officers as written, posted officers as "posted officers county-wide" (or "KA's
    /// posted officers county-wide"), a weekday as "Thursday joint too", joined by " + ".
    /// </summary>
    private static string Label(Scheduler.Domain.Staffing.StaffingChange change) =>
        string.Join(" + ", change.Officers.Select(o => o.ToString())
            .Concat(change.Countywide is { } countywide ? countywide.Count == 0 ? ["posted officers county-wide"] : countywide.Select(d => $"{d}'s posted officers county-wide") : [])
            .Concat(change.JointWeekday is { } day ? [$"{day} joint too"] : []));
}

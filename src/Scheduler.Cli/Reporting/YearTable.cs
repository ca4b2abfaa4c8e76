using Spectre.Console;

namespace Scheduler.Cli.Reporting;

/// <summary>The year as a table: unassigned and unscheduled first (the spec's order for the year), then visits and what staffing cost.</summary>
internal static class YearTable
{
    public static Table For(YearSummary year)
    {
        var f = year.Figures;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("the year").AddColumn(new TableColumn("value").RightAligned());
        void Row(string label, string value) => table.AddRow(Markup.Escape(label), Markup.Escape(value));
        Row("unassigned", Format.Count(f.Unassigned));
        Row("unscheduled", $"{Format.Count(f.Unscheduled)} ({Format.Percent(year.UnscheduledShare)} of visits)");
        Row("visits", Format.Count(f.Visits));
        if (f.PerEnterpriseBound is { } bound)
        {
            Row("unconstrained optimum", $"{Format.Count(bound)} (per-enterprise bound)");
            Row("staffing price", $"{Format.Count(f.StaffingPrice!.Value)} visits ({Format.Gap(year.PriceShare ?? 0)})"
                + (year.Staffed is { } s ? $"; at least {Format.Count(s.StaffingPriceBound)} ({Format.Gap(bound > 0 ? (double)s.StaffingPriceBound / bound : 0)}) for a plan made from that optimum by moving visits and splitting checks out" : ""));
        }
        if (year.Staffed is { } staffed)
            Row("staffing rounds", string.Join("; ", staffed.Rounds.Select(r => $"{r.Splits} split, {r.Moves} moved → {Format.Count(r.Unscheduled)} left")));
        Row("officer-days", Format.Count(f.OfficerDays));
        Row("travel hours", f.TravelHours.ToString("N1", System.Globalization.CultureInfo.InvariantCulture));
        Row("busiest officer", f.BusiestOfficer is null ? "—" : $"{f.BusiestOfficer} ({f.BusiestOfficerDays} team-days)");
        if (year.Work is { } w)
            Row("work", $"{w.Used.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} of {w.Limit.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} units, {w.Rounds} LNS rounds");
        if (year.CutByTimeLimit) Row("cut by the time limit", "yes: the files may not replay");
        return table;
    }
}

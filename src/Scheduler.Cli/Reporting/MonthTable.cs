using System.Globalization;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;
using Spectre.Console;

namespace Scheduler.Cli.Reporting;

/// <summary>
/// Monthly plans' figures, one row a month and a total, in the spec's order of quality (PROBLEM.md §3); "busiest" is
/// the officer in the most team-days, with that count. A frameless border keeps it within 80 columns unabridged.
/// </summary>
internal static class MonthTable
{
    /// <param name="months">The checked figures of each plan.</param>
    /// <param name="plans">The plans themselves, in the same order, for the busiest officer's name.</param>
    public static Table For(IReadOnlyList<MonthFigures> months, IReadOnlyList<MonthlyPlan> plans)
    {
        var table = new Table().Border(TableBorder.Minimal).AddColumn(new TableColumn("month").PadLeft(0));
        foreach (var header in new[] { "visits", "unscheduled", "team-days", "officer-days", "travel h", "busiest" })
            table.AddColumn(new TableColumn(header).RightAligned());
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var busiest = i < plans.Count ? BusiestOfficer.Of(plans[i]) : null;
            table.AddRow(
                m.Month.ToString(CultureInfo.InvariantCulture),
                Format.Count(m.Visits),
                Format.Count(m.Unscheduled),
                Format.Count(m.TeamDays),
                Format.Count(m.OfficerDays),
                Format.Hours(m.TravelMinutes),
                Markup.Escape(busiest is null ? "—" : $"{busiest.Id} ({Format.Count(busiest.Days)})"));
        }
        if (months.Count > 1)
        {
            table.AddRow(
                "total",
                Format.Count(months.Sum(m => m.Visits)),
                Format.Count(months.Sum(m => m.Unscheduled)),
                Format.Count(months.Sum(m => m.TeamDays)),
                Format.Count(months.Sum(m => m.OfficerDays)),
                Format.Hours(months.Sum(m => m.TravelMinutes)),
                "max " + Format.Count(months.Select(m => m.MaxDaysPerInspector).DefaultIfEmpty(0).Max()));
        }
        return table;
    }
}

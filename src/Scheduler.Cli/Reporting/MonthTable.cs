using System.Globalization;
using Scheduler.Domain.Checking;
using Spectre.Console;

namespace Scheduler.Cli.Reporting;

/// <summary>The monthly plans' figures, one row a month, in the spec's order of quality (PROBLEM.md §3).</summary>
internal static class MonthTable
{
    public static Table For(IReadOnlyList<MonthFigures> months)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("month");
        foreach (var header in new[] { "visits", "unscheduled", "team-days", "officer-days", "travel min", "max days / inspector" })
            table.AddColumn(new TableColumn(header).RightAligned());
        foreach (var m in months)
        {
            table.AddRow(
                m.Month.ToString(CultureInfo.InvariantCulture),
                Format.Count(m.Visits),
                Format.Count(m.Unscheduled),
                Format.Count(m.TeamDays),
                Format.Count(m.OfficerDays),
                m.TravelMinutes.ToString("N1", CultureInfo.InvariantCulture),
                Format.Count(m.MaxDaysPerInspector));
        }
        return table;
    }
}

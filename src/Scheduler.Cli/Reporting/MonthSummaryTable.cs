using System.Globalization;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;
using Spectre.Console;

namespace Scheduler.Cli.Reporting;

/// <summary>One monthly plan's figures as a two-column table, and the first unscheduled visits with their reasons.</summary>
internal static class MonthSummaryTable
{
    /// <summary>How many unscheduled visits are listed with their reasons.</summary>
    public const int ReasonsShown = 5;

    public static Table ForOne(MonthlyPlan plan, MonthFigures figures, IReadOnlyList<string> violations, TimeSpan? elapsed = null)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        var busiest = BusiestOfficer.Of(plan);
        var rows = new List<(string, string)>
        {
            ("month", $"{plan.Year.ToString("0000", CultureInfo.InvariantCulture)}-{plan.Month.ToString("00", CultureInfo.InvariantCulture)}"),
            ("valid", violations.Count == 0 ? "yes" : $"NO ({violations.Count} violations)"),
            ("visits", Format.Count(figures.Visits)),
            ("unscheduled", Format.Count(figures.Unscheduled)),
            ("team-days", Format.Count(figures.TeamDays)),
            ("officer-days", Format.Count(figures.OfficerDays)),
            ("travel", Format.Hours(figures.TravelMinutes) + " h"),
            ("busiest officer", busiest?.ToString() ?? "—"),
            ("seed of the draw", plan.Seed?.ToString(CultureInfo.InvariantCulture) ?? "—"),
        };
        if (elapsed is { } e) rows.Add(("elapsed", Format.Seconds(e)));
        foreach (var (label, value) in rows) table.AddRow(Markup.Escape(label), Markup.Escape(value));
        return table;
    }

    /// <summary>"Unscheduled (first 5 of 12):" and a line per visit, "V99: reason"; nothing when every visit is scheduled.</summary>
    public static void PrintUnscheduled(IAnsiConsole console, MonthlyPlan plan) => PrintUnscheduled(console, [plan]);

    /// <summary>The same over several months, each line naming its month: "V99 (month 3): reason".</summary>
    public static void PrintUnscheduled(IAnsiConsole console, IReadOnlyList<MonthlyPlan> plans)
    {
        var all = plans.SelectMany(p => p.Unscheduled.Select(u => (p.Month, u.Visit, u.Reason))).ToList();
        if (all.Count == 0) return;
        var shown = all.Take(ReasonsShown).ToList();
        var heading = shown.Count == all.Count
            ? $"Unscheduled ({Format.Count(all.Count)}):"
            : $"Unscheduled (first {shown.Count} of {Format.Count(all.Count)}):";
        console.MarkupLine($"[yellow]{Markup.Escape(heading)}[/]");
        foreach (var (month, visit, reason) in shown)
            console.WritePlainLine(plans.Count == 1 ? $"  {visit}: {reason}" : $"  {visit} (month {month}): {reason}");
    }
}

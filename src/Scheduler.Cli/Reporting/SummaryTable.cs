using Spectre.Console;

namespace Scheduler.Cli.Reporting;

/// <summary>The closing tables: one plan's figures, or several plans side by side.</summary>
internal static class SummaryTable
{
    private const string None = "—";

    public static Table ForOne(PlanSummary summary, MemoryFigures? memory = null)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (label, value) in Rows(summary)) table.AddRow(Markup.Escape(label), Markup.Escape(value));
        if (memory is not null)
        {
            table.AddRow("peak memory", Markup.Escape(
                $"{Format.Megabytes(memory.PeakWorkingSetBytes)} (GC heap {Format.Megabytes(memory.GcHeapBytes)}, {Format.Megabytes(memory.AllocatedBytes)} allocated)"));
        }
        return table;
    }

    /// <summary>One column per plan, same rows as <see cref="ForOne"/>.</summary>
    public static Table SideBySide(IReadOnlyList<PlanSummary> summaries)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("figure");
        foreach (var summary in summaries) table.AddColumn(new TableColumn(Markup.Escape(summary.Planner)).RightAligned());
        // The header already names each plan: drop the "plan" row.
        var columns = summaries.Select(s => Rows(s).Skip(1).ToList()).ToList();
        for (var row = 0; row < columns[0].Count; row++)
        {
            var cells = new List<string> { Markup.Escape(columns[0][row].Label) };
            cells.AddRange(columns.Select(c => Markup.Escape(c[row].Value)));
            table.AddRow([.. cells]);
        }
        return table;
    }

    /// <summary>Label and value of every figure, in the order of the spec's quality list, then the references.</summary>
    public static IReadOnlyList<(string Label, string Value)> Rows(PlanSummary s)
    {
        var f = s.Figures;
        var saved = f.SeparateVisits > 0 ? $"{Format.Count(f.Saved)} ({Format.Percent((double)f.Saved / f.SeparateVisits)})" : Format.Count(f.Saved);
        return
        [
            (s.Status is null ? "plan" : "planner", s.Planner),
            ("status", s.Status?.ToString() ?? None),
            ("valid", s.Valid ? "yes" : $"NO ({s.Violations.Count} violations)"),
            ("occurrences", Format.Count(f.Occurrences)),
            ("unassigned", Format.Count(f.Unassigned)),
            ("visits", Format.Count(f.Visits)),
            ("separate visits (status quo)", Format.Count(f.SeparateVisits)),
            ("saved", saved),
            ("department visits", Format.Count(f.DepartmentVisits)),
            ("joint rate", Format.Percent(f.JointRate)),
            ("peak load", Format.Ratio(f.PeakLoad)),
            ("spec lower bound", $"{Format.Count(f.LowerBound)} (gap {Format.Gap(f.Gap)})"),
            ("per-enterprise bound", PerEnterpriseBound(s)),
            ("elapsed", s.Elapsed is { } elapsed ? Format.Seconds(elapsed) : None),
        ];
    }

    private static string PerEnterpriseBound(PlanSummary s)
    {
        if (s.PerEnterpriseBound is not { } bound) return None;
        var gap = s.PerEnterpriseGap is { } g ? $" (gap {Format.Gap(g)})" : "";
        var proof = s.PerEnterpriseBoundExact ? "" : ", not all proven";
        return $"{Format.Count(bound)}{gap}{proof}";
    }
}

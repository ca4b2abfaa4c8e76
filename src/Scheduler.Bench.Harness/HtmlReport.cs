using System.Text;

namespace Scheduler.Bench.Harness;

/// <summary>report.html: one self-contained page (inline CSS, inline SVG charts, no scripts or links), well-formed XHTML.</summary>
internal static class HtmlReport
{
    private const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }
        p.meta { color: #555; }
        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
        th, td { padding: 0.3em 0.7em; border-bottom: 1px solid #e5e5e5; text-align: right; white-space: nowrap; }
        th:first-child, td:first-child { text-align: left; }
        th { background: #f5f5f5; }
        tr.invalid td { color: #b00020; }
        .charts { display: flex; flex-wrap: wrap; gap: 1em; }
        svg { background: #fff; border: 1px solid #eee; font-size: 11px; }
        svg text.title { font-size: 13px; font-weight: 600; }
        svg text.value { font-size: 11px; font-weight: 600; }
        svg text.warn { fill: #b00020; font-size: 10px; }
        svg text.bound { font-size: 11px; }
        svg text.note { fill: #888; font-size: 10px; }
        """;

    public static string Write(BenchRun run)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
        html.AppendLine("<head><meta charset=\"utf-8\"/><title>Bench report</title>");
        html.Append("<style>").Append(Css).AppendLine("</style></head>");
        html.AppendLine("<body>");
        html.AppendLine("<h1>Bench report</h1>");
        html.AppendLine($"<p class=\"meta\">{Svg.Esc($"Started {run.Started:yyyy-MM-dd HH:mm:ss zzz}; every planner in this one process, one after another, time limit {BenchFormat.Number(run.TimeLimitSeconds, "0.##")} s each, {run.Workers} workers; {run.Machine}.")}</p>");
        html.AppendLine("<p class=\"meta\">Gaps are visits ÷ bound − 1; “to final” is when the run first held a plan as good as its final one; peak memory (run) is the growth of the process's working set during the run, process peak the whole process's.</p>");

        html.AppendLine("<h2>Scaling</h2>");
        html.AppendLine("<div class=\"charts\">");
        html.AppendLine(ScalingChart.Render(run, ScalingChart.Measure.WallSeconds));
        html.AppendLine(ScalingChart.Render(run, ScalingChart.Measure.Gap));
        html.AppendLine("</div>");

        foreach (var bench in run.Cases)
        {
            html.AppendLine($"<h2>{Svg.Esc(bench.Name)}</h2>");
            html.AppendLine($"<p class=\"meta\">{Svg.Esc(BenchFormat.Describe(run, bench))}.</p>");
            html.AppendLine(VisitsChart.Render(run, bench));
            Table(html, BenchFormat.Headers, run.RowsOf(bench).Select(r => (BenchFormat.Cells(r), r.Valid)));
        }

        if (run.Years.Count > 0)
        {
            html.AppendLine($"<h2>{Svg.Esc(YearFormat.Heading)}</h2>");
            html.AppendLine($"<p class=\"meta\">{Svg.Esc(YearFormat.Note)}</p>");
            Table(html, YearFormat.Headers, run.Years.Select(y => (YearFormat.Cells(y), y.Valid)));
        }

        var races = QualityRace.Of(run, MarkdownReport.Leader);
        if (races.Count > 0)
        {
            html.AppendLine($"<h2>Time to quality: when {MarkdownReport.Leader} first reached each other planner's final plan</h2>");
            Table(html, ["instance", "planner", "its unassigned", "its visits", "its time to final", $"{MarkdownReport.Leader} reached it at", "sooner by"],
                races.Select(r => (new[]
                {
                    r.Instance, r.Other.Planner, BenchFormat.Count(r.Other.Unassigned), BenchFormat.Count(r.Other.Visits),
                    BenchFormat.Seconds(r.Other.SecondsToFinal),
                    r.ReachedAt is { } at ? BenchFormat.Seconds(at) : "never",
                    r.Speedup is { } s ? BenchFormat.Times(s) : "—",
                }, true)));
        }
        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    private static void Table(StringBuilder html, IReadOnlyList<string> headers, IEnumerable<(string[] Cells, bool Valid)> rows)
    {
        html.Append("<table><thead><tr>");
        foreach (var h in headers) html.Append($"<th>{Svg.Esc(h)}</th>");
        html.AppendLine("</tr></thead><tbody>");
        foreach (var (cells, valid) in rows)
        {
            html.Append(valid ? "<tr>" : "<tr class=\"invalid\">");
            foreach (var c in cells) html.Append($"<td>{Svg.Esc(c)}</td>");
            html.AppendLine("</tr>");
        }
        html.AppendLine("</tbody></table>");
    }
}

using System.Text;

namespace Scheduler.Bench.Harness;

/// <summary>An SVG bar chart of one instance: visits per planner, the spec's and the per-enterprise bound as dashed lines.</summary>
internal static class VisitsChart
{
    private const double Width = 720, Height = 300, Left = 70, Right = 170, Top = 36, Bottom = 46;

    public static string Render(BenchRun run, BenchCase bench)
    {
        var rows = run.RowsOf(bench).ToList();
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(Height)}\" viewBox=\"0 0 {Svg.N(Width)} {Svg.N(Height)}\" role=\"img\">");
        svg.Append($"<title>{Svg.Esc($"Visits per planner, {bench.Name}")}</title>");
        Svg.Text(svg, Left, 20, $"Visits per planner — {bench.Name}", "start", "title");
        if (rows.Count == 0) return svg.Append("</svg>").ToString();

        var bounds = new List<(string Label, double Value, string Color)> { ("spec lower bound", rows[0].LowerBound, "#c0392b") };
        if (run.OwnBoundOf(bench) is { } own) bounds.Add(("per-enterprise bound", own, "#2c3e50"));
        var values = rows.Select(r => (double)r.Visits).Concat(bounds.Select(b => b.Value)).ToList();
        double lo = values.Min(), hi = values.Max(), span = hi - lo;
        if (span <= 0) span = Math.Max(1, hi * 0.05);
        var step = Svg.NiceStep(hi - Math.Max(0, lo - span * 0.5), 5);
        double yMin = Math.Max(0, Math.Floor((lo - span * 0.5) / step) * step), yMax = hi + span * 0.15;
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        double Y(double v) => Top + plotH * (1 - (v - yMin) / (yMax - yMin));

        svg.Append("<g class=\"axis\">");
        for (var t = yMin; t <= yMax + 1e-9; t += step)
        {
            Svg.Line(svg, Left, Y(t), Left + plotW, Y(t), "#e3e3e3");
            Svg.Text(svg, Left - 6, Y(t) + 4, BenchFormat.Count((int)Math.Round(t)), "end");
        }
        Svg.Line(svg, Left, Top, Left, Top + plotH, "#555");
        Svg.Line(svg, Left, Top + plotH, Left + plotW, Top + plotH, "#555");
        if (yMin > 0) Svg.Text(svg, Left - 6, Top + plotH + 30, $"axis from {BenchFormat.Count((int)yMin)}", "end", "note");
        svg.Append("</g>");

        var slot = plotW / rows.Count;
        var barW = Math.Min(70, slot * 0.6);
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            double x = Left + slot * i + (slot - barW) / 2, y = Y(r.Visits);
            svg.Append($"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(y)}\" width=\"{Svg.N(barW)}\" height=\"{Svg.N(Top + plotH - y)}\" fill=\"{Svg.Color(r.Planner, run.Planners)}\">");
            svg.Append($"<title>{Svg.Esc($"{r.Planner}: {BenchFormat.Count(r.Visits)} visits, {BenchFormat.Count(r.Unassigned)} unassigned")}</title></rect>");
            Svg.Text(svg, x + barW / 2, y - 5, BenchFormat.Count(r.Visits), "middle", "value");
            if (r.Unassigned > 0) Svg.Text(svg, x + barW / 2, y + 14, $"{BenchFormat.Count(r.Unassigned)} unassigned", "middle", "warn");
            Svg.Text(svg, x + barW / 2, Top + plotH + 16, r.Planner);
        }

        var lastLabelY = double.NaN;
        foreach (var (label, value, color) in bounds.OrderByDescending(b => b.Value))
        {
            Svg.Line(svg, Left, Y(value), Left + plotW, Y(value), color, "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"");
            var labelY = double.IsNaN(lastLabelY) ? Y(value) + 4 : Math.Max(Y(value) + 4, lastLabelY + 13);
            Svg.Text(svg, Left + plotW + 6, labelY, $"{label} {BenchFormat.Count((int)value)}", "start", "bound");
            lastLabelY = labelY;
        }
        return svg.Append("</svg>").ToString();
    }
}

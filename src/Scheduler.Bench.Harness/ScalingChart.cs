using System.Text;

namespace Scheduler.Bench.Harness;

/// <summary>
/// An SVG line chart against enterprises on a log x-axis, one line per planner (the mean over an instance size's seeds):
/// wall time (log y-axis) or gap to the spec's lower bound (of plans with nothing unassigned only: a plan that leaves
/// occurrences out has fewer visits for it, so its gap says nothing).
/// </summary>
internal static class ScalingChart
{
    private const double Width = 520, Height = 320, Left = 64, Right = 110, Top = 36, Bottom = 48;

    public enum Measure { WallSeconds, Gap }

    public static string Render(BenchRun run, Measure measure)
    {
        var title = measure == Measure.WallSeconds ? "Wall time against enterprises" : "Gap to the spec lower bound (plans with nothing unassigned)";
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(Height)}\" viewBox=\"0 0 {Svg.N(Width)} {Svg.N(Height)}\" role=\"img\">");
        svg.Append($"<title>{Svg.Esc(title)}</title>");
        Svg.Text(svg, Left, 20, title, "start", "title");
        var series = run.Planners
            .Select(p => (Planner: p, Points: run.Rows.Where(r => r.Planner == p && (measure == Measure.WallSeconds || r.Unassigned == 0))
                .GroupBy(r => r.Enterprises)
                .Select(g => (X: (double)g.Key, Y: g.Average(r => Value(r, measure))))
                .OrderBy(pt => pt.X).ToList()))
            .Where(s => s.Points.Count > 0).ToList();
        if (series.Count == 0) return svg.Append("</svg>").ToString();

        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        var xs = series.SelectMany(s => s.Points.Select(p => p.X)).Distinct().Order().ToList();
        double xLo = Math.Log10(xs[0]), xHi = Math.Log10(xs[^1]);
        if (xHi - xLo < 0.3) { xLo -= 0.3; xHi += 0.3; }
        else { var pad = (xHi - xLo) * 0.06; xLo -= pad; xHi += pad; }
        double X(double v) => Left + plotW * (Math.Log10(v) - xLo) / (xHi - xLo);

        var ys = series.SelectMany(s => s.Points.Select(p => p.Y)).ToList();
        Func<double, double> Y;
        svg.Append("<g class=\"axis\">");
        if (measure == Measure.WallSeconds)
        {
            double yLo = Math.Floor(Math.Log10(Math.Max(1e-3, ys.Min()))), yHi = Math.Ceiling(Math.Log10(Math.Max(1e-3, ys.Max())));
            if (yHi <= yLo) yHi = yLo + 1;
            Y = v => Top + plotH * (1 - (Math.Log10(Math.Max(1e-3, v)) - yLo) / (yHi - yLo));
            for (var k = yLo; k <= yHi; k++)
            {
                Svg.Line(svg, Left, Y(Math.Pow(10, k)), Left + plotW, Y(Math.Pow(10, k)), "#e3e3e3");
                Svg.Text(svg, Left - 6, Y(Math.Pow(10, k)) + 4, Svg.Short(Math.Pow(10, k)) + " s", "end");
            }
        }
        else
        {
            double yLo = Math.Min(0, ys.Min()), yHi = Math.Max(ys.Max(), 0.001) * 1.1;
            var step = Svg.NiceStep(yHi - yLo, 5);
            yLo = Math.Floor(yLo / step) * step;
            Y = v => Top + plotH * (1 - (v - yLo) / (yHi - yLo));
            for (var t = yLo; t <= yHi + 1e-12; t += step)
            {
                Svg.Line(svg, Left, Y(t), Left + plotW, Y(t), "#e3e3e3");
                Svg.Text(svg, Left - 6, Y(t) + 4, BenchFormat.Number(t * 100, "0.##") + "%", "end");
            }
        }
        for (var k = Math.Ceiling(xLo); k <= Math.Floor(xHi); k++)
            Svg.Line(svg, X(Math.Pow(10, k)), Top, X(Math.Pow(10, k)), Top + plotH, "#eeeeee");
        foreach (var x in xs)
        {
            Svg.Line(svg, X(x), Top + plotH, X(x), Top + plotH + 4, "#555");
            Svg.Text(svg, X(x), Top + plotH + 16, Svg.Short(x));
        }
        Svg.Line(svg, Left, Top, Left, Top + plotH, "#555");
        Svg.Line(svg, Left, Top + plotH, Left + plotW, Top + plotH, "#555");
        Svg.Text(svg, Left + plotW / 2, Top + plotH + 36, "enterprises (log scale)");
        svg.Append("</g>");

        for (int i = 0; i < series.Count; i++)
        {
            var (planner, points) = series[i];
            var color = Svg.Color(planner, run.Planners);
            if (points.Count > 1)
                svg.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(" ", points.Select(p => $"{Svg.N(X(p.X))},{Svg.N(Y(p.Y))}"))}\"/>");
            foreach (var p in points)
                svg.Append($"<circle cx=\"{Svg.N(X(p.X))}\" cy=\"{Svg.N(Y(p.Y))}\" r=\"3.5\" fill=\"{color}\"><title>{Svg.Esc($"{planner}, {Svg.Short(p.X)} enterprises: {Label(p.Y, measure)}")}</title></circle>");
            double ly = Top + 10 + i * 18;
            svg.Append($"<rect x=\"{Svg.N(Left + plotW + 12)}\" y=\"{Svg.N(ly - 9)}\" width=\"12\" height=\"12\" fill=\"{color}\"/>");
            Svg.Text(svg, Left + plotW + 30, ly + 1, planner, "start");
        }
        return svg.Append("</svg>").ToString();
    }

    private static double Value(BenchRow r, Measure measure) => measure == Measure.WallSeconds ? r.WallSeconds : r.Gap;

    private static string Label(double y, Measure measure) =>
        measure == Measure.WallSeconds ? BenchFormat.Seconds(y) : BenchFormat.Gap(y);
}

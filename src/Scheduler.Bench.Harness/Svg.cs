using System.Globalization;
using System.Text;

namespace Scheduler.Bench.Harness;

/// <summary>Small helpers to write SVG by hand: escaped text, invariant numbers, nice axis ticks, a colour per planner.</summary>
internal static class Svg
{
    private static readonly string[] Palette = ["#4e79a7", "#e15759", "#76b7b2", "#edc948", "#ff9da7", "#9c755f"];

    /// <summary>Text or attribute value, escaped for XML.</summary>
    public static string Esc(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    /// <summary>A coordinate: at most two decimals, invariant.</summary>
    public static string N(double value) => double.IsFinite(value) ? value.ToString("0.##", CultureInfo.InvariantCulture) : "0";

    public static string Color(string planner, IReadOnlyList<string> planners) => planner switch
    {
        "optimized" => "#2e8b3e",
        "greedy" => "#f28e2b",
        "separate" => "#9e9e9e",
        "monolithic" => "#4e79a7",
        "mip" => "#b07aa1",
        _ => Palette[Math.Max(0, IndexOf(planners, planner)) % Palette.Length],
    };

    /// <summary>A step of 1, 2 or 5 × 10^k giving about <paramref name="count"/> ticks over the span.</summary>
    public static double NiceStep(double span, int count)
    {
        if (!(span > 0)) return 1;
        var raw = span / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var unit = raw / magnitude;
        return (unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10) * magnitude;
    }

    /// <summary>1234 → "1.2k", 60000 → "60k", 1000000 → "1M".</summary>
    public static string Short(double value)
    {
        var c = CultureInfo.InvariantCulture;
        if (Math.Abs(value) >= 1e6) return (value / 1e6).ToString("0.#", c) + "M";
        if (Math.Abs(value) >= 1e3) return (value / 1e3).ToString("0.#", c) + "k";
        return value.ToString("0.###", c);
    }

    public static void Text(StringBuilder svg, double x, double y, string text, string anchor = "middle", string css = "")
    {
        svg.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\"");
        if (css.Length > 0) svg.Append($" class=\"{css}\"");
        svg.Append($">{Esc(text)}</text>");
    }

    public static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, string stroke, string extra = "") =>
        svg.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" {extra}/>");

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return -1;
    }
}

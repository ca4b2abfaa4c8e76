using System.Text;

namespace Scheduler.Bench.Harness;

/// <summary>report.md: the settings, a table per instance and the optimized planner's time to every other planner's quality.</summary>
internal static class MarkdownReport
{
    public const string Leader = "optimized";

    public static string Write(BenchRun run)
    {
        var md = new StringBuilder();
        md.AppendLine("# Bench report").AppendLine();
        md.AppendLine($"Started {run.Started:yyyy-MM-dd HH:mm:ss zzz}; every planner in this one process, one after another, time limit {BenchFormat.Number(run.TimeLimitSeconds, "0.##")} s each, {run.Workers} workers; {run.Machine}.");
        md.AppendLine("Gaps are visits ÷ bound − 1; \"to final\" is when the run first held a plan as good as its final one; peak memory (run) is the growth of the working set during the run, process peak the whole process's.").AppendLine();
        foreach (var bench in run.Cases)
        {
            md.AppendLine($"## {bench.Name}").AppendLine();
            md.AppendLine(BenchFormat.Describe(run, bench) + ".").AppendLine();
            Table(md, BenchFormat.Headers, run.RowsOf(bench).Select(BenchFormat.Cells));
            md.AppendLine();
        }

        if (run.Years.Count > 0)
        {
            md.AppendLine($"## {YearFormat.Heading}").AppendLine();
            md.AppendLine(YearFormat.Note).AppendLine();
            Table(md, YearFormat.Headers, run.Years.Select(YearFormat.Cells));
            md.AppendLine();
        }

        var races = QualityRace.Of(run, Leader);
        if (races.Count > 0)
        {
            md.AppendLine($"## Time to quality: when `{Leader}` first reached each other planner's final plan").AppendLine();
            Table(md, ["instance", "planner", "its unassigned", "its visits", "its time to final", $"{Leader} reached it at", "sooner by"],
                races.Select(r => new[]
                {
                    r.Instance, r.Other.Planner, BenchFormat.Count(r.Other.Unassigned), BenchFormat.Count(r.Other.Visits),
                    BenchFormat.Seconds(r.Other.SecondsToFinal),
                    r.ReachedAt is { } at ? BenchFormat.Seconds(at) : "never",
                    r.Speedup is { } s ? BenchFormat.Times(s) : "—",
                }));
        }
        return md.ToString();
    }

    private static void Table(StringBuilder md, IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        md.AppendLine("| " + string.Join(" | ", headers) + " |");
        md.AppendLine("|" + string.Concat(headers.Select((_, i) => i == 0 ? "---|" : "---:|")));
        foreach (var row in rows) md.AppendLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|"))) + " |");
    }
}

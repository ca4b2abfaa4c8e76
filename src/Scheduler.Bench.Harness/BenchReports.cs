namespace Scheduler.Bench.Harness;

/// <summary>The three files a bench leaves: results.json (for machines), report.md and report.html (for people).</summary>
public static class BenchReports
{
    public const string ResultsFile = "results.json";

    /// <summary>Writes the three files into the folder (made if missing) and returns the path of results.json.</summary>
    public static string WriteAll(BenchRun run, string folder)
    {
        Directory.CreateDirectory(folder);
        var results = Path.Combine(folder, ResultsFile);
        File.WriteAllText(results, ResultsJson.Write(run));
        File.WriteAllText(Path.Combine(folder, "report.md"), MarkdownReport.Write(run));
        File.WriteAllText(Path.Combine(folder, "report.html"), HtmlReport.Write(run));
        return results;
    }
}

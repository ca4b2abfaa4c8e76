using System.Diagnostics;

namespace Scheduler.Cli.Tests.Support;

/// <summary>The independent checker ../shared/tools/validate_plan.py, found relative to the folder holding Scheduler.sln.</summary>
internal static class PythonValidator
{
    public static string? Script { get; } = Find();

    public static bool Available => Script is not null && OnPath("python3");

    public static string WhyUnavailable =>
        Script is null ? "../shared/tools/validate_plan.py not found next to the repository" : "python3 is not on PATH";

    /// <summary>Runs the validator; returns its exit code (0 valid, 1 violation, 2 unreadable) and its JSON report.</summary>
    public static (int ExitCode, string Report) Run(params string[] files)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script!);
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Scheduler.sln"))) continue;
            var script = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "tools", "validate_plan.py"));
            return File.Exists(script) ? script : null;
        }
        return null;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}

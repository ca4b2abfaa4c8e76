using System.Diagnostics;
using System.Text.Json;

namespace Scheduler.Domain.Tests.Conformance;

/// <summary>
/// Runs the independent checker ../shared/tools/validate_plan.py (next to the repository root, the folder holding
/// Scheduler.sln) on JSON texts and returns its report. Tests guard with
/// <c>Skip.IfNot(PythonValidator.IsAvailable(out var why), why)</c>.
/// </summary>
public static class PythonValidator
{
    /// <summary>How many violation messages the script lists (it counts all of them regardless).</summary>
    public const int MaxErrors = 200;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The full path of validate_plan.py, or null when no folder above the test binaries holds Scheduler.sln with ../shared/tools/validate_plan.py.</summary>
    public static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Scheduler.sln"))) continue;
            var script = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "tools", "validate_plan.py"));
            return File.Exists(script) ? script : null;
        }
        return null;
    }

    /// <summary>True when the script and a python3 on PATH are both there; otherwise <paramref name="why"/> says which is missing.</summary>
    public static bool IsAvailable(out string why)
    {
        if (Locate() is null)
        {
            why = "../shared/tools/validate_plan.py not found above " + AppContext.BaseDirectory;
            return false;
        }
        if (FindOnPath("python3") is null)
        {
            why = "python3 is not on PATH";
            return false;
        }
        why = "";
        return true;
    }

    /// <summary>
    /// Writes the texts to a temporary folder, runs <c>python3 validate_plan.py INSTANCE PLAN [MONTHS...]</c> and parses
    /// its JSON report (keys: visits, unassigned, departmentVisits, peakLoad, jointRate, separateVisits, lowerBound,
    /// saved, gap, occurrences, months?, valid, violations, errors; or valid=false and error when a file is unreadable).
    /// </summary>
    /// <exception cref="InvalidOperationException">The script is missing, timed out, or printed no JSON.</exception>
    public static JsonDocument Run(string instanceJson, string planJson, params string[] monthJsons)
    {
        var script = Locate() ?? throw new InvalidOperationException("../shared/tools/validate_plan.py not found");
        var folder = Directory.CreateTempSubdirectory("scheduler-validate-");
        try
        {
            var instancePath = Write(folder, "instance.json", instanceJson);
            var planPath = Write(folder, "plan.json", planJson);
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(instancePath);
            start.ArgumentList.Add(planPath);
            for (var i = 0; i < monthJsons.Length; i++) start.ArgumentList.Add(Write(folder, $"month-{i + 1:00}.json", monthJsons[i]));
            start.ArgumentList.Add("--max-errors");
            start.ArgumentList.Add(MaxErrors.ToString(System.Globalization.CultureInfo.InvariantCulture));

            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"validate_plan.py did not finish within {Timeout}");
            }
            try
            {
                return JsonDocument.Parse(stdout);
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException(
                    $"validate_plan.py exited {process.ExitCode} without a JSON report: {stderr.Result}{stdout}", e);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Write(DirectoryInfo folder, string name, string json)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}

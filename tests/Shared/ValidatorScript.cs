using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Scheduler.Tests.Shared;

/// <summary>
/// The independent checker ../shared/tools/validate_plan.py, found relative to the repository root (the folder
/// above the test binaries that holds Scheduler.sln), and the python3 that runs it. Compiled into every test
/// project as a linked file. Tests guard with <c>Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason)</c>.
/// </summary>
public static class ValidatorScript
{
    /// <summary>How many violation messages the script is asked to list (it counts all of them regardless).</summary>
    public const int MaxErrors = 200;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // The interpreter's own path: launching it directly skips slow shims (pyenv) on every run.
    private static readonly Lazy<string?> Interpreter = new(FindPython);

    /// <summary>The folder holding Scheduler.sln, or null when none is above the test binaries.</summary>
    public static string? RepoRoot { get; } = FindRepoRoot();

    /// <summary>The full path of ../shared/tools/validate_plan.py, or null when it is not there.</summary>
    public static string? ScriptPath { get; } = FindScript();

    /// <summary>The python3 to run: the real interpreter behind python3 on PATH, or null when there is none that runs.</summary>
    public static string? Python => Interpreter.Value;

    /// <summary>True when both the script and python3 are there.</summary>
    public static bool Available => ScriptPath is not null && Python is not null;

    /// <summary>Why <see cref="Available"/> is false (empty when it is true).</summary>
    public static string UnavailableReason =>
        RepoRoot is null ? $"no Scheduler.sln above {AppContext.BaseDirectory}, so ../shared/tools/validate_plan.py cannot be found"
        : ScriptPath is null ? $"{Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "tools", "validate_plan.py"))} is absent"
        : Python is null ? "python3 is not on PATH (or does not run)"
        : "";

    /// <summary>
    /// Runs <c>validate_plan.py INSTANCE PLAN [MONTHS...] --max-errors 200</c> on files and returns its exit code
    /// (0 valid, 1 a violation, 2 a file unreadable) and its JSON report (keys: visits, unassigned, departmentVisits,
    /// peakLoad, jointRate, separateVisits, lowerBound, saved, gap, occurrences, months?, valid, violations, errors;
    /// or valid=false and error when a file is unreadable).
    /// </summary>
    /// <exception cref="InvalidOperationException">The script or python3 is missing, it timed out, or it printed no JSON.</exception>
    public static (int ExitCode, JsonElement Report) RunFiles(params string[] files)
    {
        var script = ScriptPath ?? throw new InvalidOperationException(UnavailableReason);
        var (code, stdout, stderr) = RunPython([script, .. files, "--max-errors", MaxErrors.ToString(CultureInfo.InvariantCulture)]);
        try
        {
            using var report = JsonDocument.Parse(stdout);
            return (code, report.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"validate_plan.py exited {code} without a JSON report: {stderr}{stdout}", e);
        }
    }

    /// <summary>Writes the JSON texts to a temporary folder and runs <see cref="RunFiles"/> on them.</summary>
    public static (int ExitCode, JsonElement Report) RunTexts(string instanceJson, string planJson, params string[] monthJsons)
    {
        var folder = Directory.CreateTempSubdirectory("scheduler-validate-");
        try
        {
            string Write(string name, string json)
            {
                var path = Path.Combine(folder.FullName, name);
                File.WriteAllText(path, json);
                return path;
            }

            var files = new List<string> { Write("instance.json", instanceJson), Write("plan.json", planJson) };
            for (var i = 0; i < monthJsons.Length; i++) files.Add(Write($"month-{i + 1:00}.json", monthJsons[i]));
            return RunFiles([.. files]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs <see cref="Python"/> with the arguments and returns its exit code, stdout and stderr.</summary>
    /// <exception cref="InvalidOperationException">There is no python3, or it did not finish within five minutes.</exception>
    public static (int ExitCode, string Stdout, string Stderr) RunPython(params string[] args) =>
        Execute(Python ?? throw new InvalidOperationException(UnavailableReason), args);

    private static (int ExitCode, string Stdout, string Stderr) Execute(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} did not finish within {Timeout}");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scheduler.sln"))) return dir.FullName;
        }
        return null;
    }

    private static string? FindScript()
    {
        if (RepoRoot is null) return null;
        var script = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "tools", "validate_plan.py"));
        return File.Exists(script) ? script : null;
    }

    /// <summary>python3 on PATH, resolved through sys.executable to the interpreter itself when that file exists.</summary>
    private static string? FindPython()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "python3"))
            .FirstOrDefault(File.Exists);
        if (onPath is null) return null;
        try
        {
            var (code, stdout, _) = Execute(onPath, ["-c", "import sys; print(sys.executable)"]);
            if (code != 0) return null;
            var real = stdout.Trim();
            return File.Exists(real) ? real : onPath;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}

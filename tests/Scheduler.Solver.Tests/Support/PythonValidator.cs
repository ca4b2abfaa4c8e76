using System.Diagnostics;
using System.Text.Json;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Tests.Support;

/// <summary>
/// Runs the independent checker ../shared/tools/validate_plan.py (relative to the folder holding Scheduler.sln).
/// Tests use it through <c>Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason)</c>.
/// </summary>
public static class PythonValidator
{
    private static readonly Lazy<string?> Script = new(Locate);
    // The interpreter's own path: launching it directly skips slow shims (pyenv) on every run.
    private static readonly Lazy<string?> Python = new(FindPython);

    public static bool Available => Script.Value is not null && Python.Value is not null;

    public static string MissingReason =>
        Script.Value is null
            ? "../shared/tools/validate_plan.py not found next to the repository (no Scheduler.sln above the test binaries, or no ../shared)"
            : "python3 is not on PATH";

    /// <summary>Writes both files to a temporary folder and runs the validator on them.</summary>
    public static ValidatorReport Validate(Instance instance, AnnualPlan plan)
    {
        var script = Script.Value ?? throw new InvalidOperationException(MissingReason);
        var dir = Directory.CreateTempSubdirectory("soltests-");
        try
        {
            var instancePath = Path.Combine(dir.FullName, "instance.json");
            var planPath = Path.Combine(dir.FullName, "plan.json");
            ContractJson.WriteFile(instancePath, ContractJson.Write(instance));
            ContractJson.WriteFile(planPath, ContractJson.Write(plan));
            var (code, stdout, stderr) = Run(Python.Value!, script, instancePath, planPath);
            if (code == 2 || string.IsNullOrWhiteSpace(stdout))
            {
                throw new InvalidOperationException($"validator could not read the files (exit {code}): {stdout} {stderr}");
            }
            using var doc = JsonDocument.Parse(stdout);
            return new ValidatorReport(code, doc.RootElement.Clone(), stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Scheduler.sln"))) continue;
            var script = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "tools", "validate_plan.py"));
            return File.Exists(script) ? script : null;
        }
        return null;
    }

    private static string? FindPython()
    {
        try
        {
            var (code, stdout, _) = Run("python3", "-c", "import sys; print(sys.executable)");
            var path = stdout.Trim();
            return code != 0 ? null : File.Exists(path) ? path : "python3";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

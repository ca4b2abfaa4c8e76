using System.Diagnostics;
using System.Text.Json;
using Scheduler.Domain.Json;

namespace Scheduler.Generator.Tests.Support;

/// <summary>Runs ../shared/tools/validate_plan.py on an instance and plan written to a temporary folder.</summary>
internal static class PythonValidator
{
    public static bool Available => File.Exists(RepoPaths.Validator) && Python() is not null;

    public static JsonElement Run(GeneratedCounty county) =>
        Run(ContractJson.Write(county.Instance), ContractJson.Write(county.Witness));

    public static JsonElement Run(string instanceJson, string planJson)
    {
        var dir = Directory.CreateTempSubdirectory("generator-tests-");
        try
        {
            var instance = Path.Combine(dir.FullName, "instance.json");
            var plan = Path.Combine(dir.FullName, "plan.json");
            File.WriteAllText(instance, instanceJson);
            File.WriteAllText(plan, planJson);
            return RunFiles(instance, plan);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    public static JsonElement RunFiles(string instance, string plan)
    {
        var start = new ProcessStartInfo(Python()!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { RepoPaths.Validator, instance, plan }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (stdout.Result.Trim().Length == 0) throw new InvalidOperationException($"validator printed nothing: {stderr.Result}");
        return JsonDocument.Parse(stdout.Result).RootElement.Clone();
    }

    private static string? Python()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "python3");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

using System.Text.Json;
using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

/// <summary>A province: `generate --counties` writes a folder of counties; `plan FOLDER` plans each and writes one summary.</summary>
public sealed class ProvinceTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Plan_PlansEveryCountyAndSummarises_WhenTheInstanceIsAFolder()
    {
        var counties = _files.Temp("province");
        var plans = _files.Temp("plans");

        var generate = CliRun.Of("generate", "--counties", "3", "--enterprises", "30", "--seed", "4", "-o", counties);
        var plan = CliRun.Of("plan", counties, "-o", plans, "--planner", "greedy", "--parallel", "2");

        Assert.True(generate.ExitCode == 0, generate.ToString());
        Assert.Equal(3, Directory.GetFiles(counties, "*.json").Length);
        Assert.True(plan.ExitCode == 0, plan.ToString());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(plans, "summary.json")));
        var rows = summary.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.True(r.GetProperty("valid").GetBoolean(), r.ToString()));
        foreach (var county in Directory.GetFiles(counties, "*.json"))
        {
            var planFile = Path.Combine(plans, Path.GetFileNameWithoutExtension(county) + ".plan.json");
            var validate = CliRun.Of("validate", county, planFile);
            Assert.True(validate.ExitCode == 0, validate.ToString());
        }
        Assert.NotEqual(File.ReadAllText(Directory.GetFiles(counties)[0]), File.ReadAllText(Directory.GetFiles(counties)[1]));
    }

    [Fact]
    public void Plan_ReturnsTwo_WhenTheFolderHoldsNoInstance()
    {
        var empty = _files.Temp("empty");
        Directory.CreateDirectory(empty);

        var run = CliRun.Of("plan", empty, "-o", _files.Temp("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no instance files", run.Error);
    }
}

using System.Text.Json;
using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

public sealed class BenchReplanTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void BenchReplan_WritesReplanJsonAndThePlans_OnTheSampleCounty()
    {
        var output = _files.Temp("bench");

        var run = CliRun.Of("bench", "--replan", TestFiles.Data("xiangshan-300.json"), "--from", "6", "--seed", "2", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "replan.json")));
        var root = doc.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.InRange(root.GetProperty("keptShare").GetDouble(), 0.95, 1.0);
        Assert.True(root.GetProperty("notDoneVisits").GetInt32() > 0, "5% of January-May must be drawn not done");
        Assert.True(root.GetProperty("needsAdded").GetInt32() > 0);
        foreach (var plan in root.GetProperty("plans").EnumerateObject())
            Assert.True(File.Exists(Path.Combine(output, plan.Value.GetString()!)), plan.Name);
    }

    [Fact]
    public void BenchReplan_ReturnsTwo_WhenFromHasNoHistoryBeforeIt()
    {
        var run = CliRun.Of("bench", "--replan", TestFiles.Data("xiangshan-300.json"), "--from", "1", "-o", _files.Temp("bench"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--from", run.Error + run.Out);
    }
}

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
        // The default: the year, the replan and the scratch fitted to the officers, the replan's June-December planned.
        Assert.Equal("fit", root.GetProperty("staff").GetString());
        Assert.True(root.GetProperty("monthsValid").GetBoolean());
        Assert.InRange(root.GetProperty("unscheduled").GetInt32(), 0, root.GetProperty("scratchUnscheduled").GetInt32() + 2);
        Assert.Equal(7, Directory.GetFiles(Path.Combine(output, root.GetProperty("replanMonths").GetString()!)).Length);
        // The sample's staff is the smallest a county may have (44 officers): the fit changes some untouched enterprises.
        Assert.InRange(root.GetProperty("keptShare").GetDouble(), 0.85, 1.0);
        Assert.True(root.GetProperty("notDoneVisits").GetInt32() > 0, "5% of January-May must be drawn not done");
        Assert.True(root.GetProperty("needsAdded").GetInt32() > 0);
        foreach (var plan in root.GetProperty("plans").EnumerateObject())
            Assert.True(File.Exists(Path.Combine(output, plan.Value.GetString()!)), plan.Name);
    }

    [Fact]
    public void BenchReplan_KeepsTheUntouchedVisits_WhenTheStaffIsIgnored()
    {
        var output = _files.Temp("bench");

        var run = CliRun.Of("bench", "--replan", TestFiles.Data("xiangshan-300.json"), "--from", "6", "--seed", "2", "--staff", "ignore", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "replan.json")));
        var root = doc.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal("ignore", root.GetProperty("staff").GetString());
        Assert.InRange(root.GetProperty("keptShare").GetDouble(), 0.95, 1.0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("scratchUnscheduled").ValueKind);
    }

    [Fact]
    public void BenchReplan_ReturnsTwo_WhenFromHasNoHistoryBeforeIt()
    {
        var run = CliRun.Of("bench", "--replan", TestFiles.Data("xiangshan-300.json"), "--from", "1", "-o", _files.Temp("bench"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--from", run.Error + run.Out);
    }
}

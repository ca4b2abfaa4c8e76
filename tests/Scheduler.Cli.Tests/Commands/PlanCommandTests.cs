using System.Text.Json;
using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

public sealed class PlanCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Plan_ReturnsTwoAndPrintsEveryPathWithoutPlanning_WhenInstanceInvalid()
    {
        var plan = _files.Temp("plan.json");

        var run = CliRun.Of("plan", TestFiles.Data("tiny-instance-invalid.json"), "-o", plan);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("$.needs[0]", run.Error);
        Assert.Contains("$.needs[1]", run.Error);
        Assert.Contains("tiny-instance-invalid.json", run.Error);
        Assert.False(File.Exists(plan), "no plan may be written for an invalid instance");
    }

    [Fact]
    public void Plan_ReturnsTwoAndPrintsThePath_WhenInstanceMalformed()
    {
        var instance = _files.Temp("malformed.json");
        File.WriteAllText(instance, """{ "formatVersion": 1, "needs": [ { "id": "N1", "timesPerYear": "twice" } ] }""");
        var plan = _files.Temp("plan.json");

        var run = CliRun.Of("plan", instance, "-o", plan);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("$.needs[0].timesPerYear", run.Error);
        Assert.False(File.Exists(plan));
    }

    [Fact]
    public void Plan_ReturnsTwoAndNamesTheFile_WhenInstanceMissing()
    {
        var missing = _files.Temp("no-such-instance.json");

        var run = CliRun.Of("plan", missing, "-o", _files.Temp("plan.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(missing, run.Error);
    }

    [Fact]
    public void Plan_ReturnsTwoAndListsThePlanners_WhenPlannerUnknown()
    {
        var plan = _files.Temp("plan.json");

        var run = CliRun.Of("plan", TestFiles.Data("tiny-instance.json"), "-o", plan, "--planner", "clever");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("unknown planner 'clever'", run.Error);
        Assert.Contains("optimized, greedy, separate", run.Error);
        Assert.False(File.Exists(plan));
    }

    [Theory]
    [InlineData("-o")]
    [InlineData("--time-limit")]
    public void Plan_ReturnsTwo_WhenOptionBad(string option)
    {
        string[] args = option == "-o"
            ? ["plan", TestFiles.Data("tiny-instance.json")]
            : ["plan", TestFiles.Data("tiny-instance.json"), "-o", _files.Temp("plan.json"), option, "0"];

        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(option, run.Error);
    }

    [Fact]
    public void Plan_ReturnsTwo_WhenOptionUnknown()
    {
        var run = CliRun.Of("plan", TestFiles.Data("tiny-instance.json"), "-o", _files.Temp("plan.json"), "--fast");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("fast", run.Error);
    }

    [Theory]
    [InlineData("optimized")]
    [InlineData("greedy")]
    [InlineData("separate")]
    public void Plan_WritesValidPlanAndPrintsFigures_WhenInstanceValid(string planner)
    {
        var plan = _files.Temp("plan.json");

        var run = CliRun.Of("plan", TestFiles.Data("tiny-instance.json"), "-o", plan, "--planner", planner, "--time-limit", "5", "--workers", "1");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(plan));
        Assert.Contains("separate visits (status quo)", run.Out);
        Assert.Contains("per-enterprise bound", run.Out);
        Assert.Contains("peak memory", run.Out);
        Assert.Equal(0, CliRun.Of("validate", TestFiles.Data("tiny-instance.json"), plan).ExitCode);
    }

    [Fact]
    public void Plan_PrintsFiguresAsJson_WhenJsonAsked()
    {
        var plan = _files.Temp("plan.json");

        var run = CliRun.Of("plan", TestFiles.Data("tiny-instance.json"), "-o", plan, "--json", "--time-limit", "5", "--workers", "1");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var figures = JsonDocument.Parse(run.Out);
        var root = figures.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(0, root.GetProperty("unassigned").GetInt32());
        // N1 twice and N2 once at one enterprise: two visits, one of them joint, is the optimum.
        Assert.Equal(2, root.GetProperty("visits").GetInt32());
        Assert.Equal(3, root.GetProperty("separateVisits").GetInt32());
        Assert.Equal(2, root.GetProperty("lowerBound").GetInt32());
        Assert.Equal(plan, root.GetProperty("plan").GetString());
    }

    [Fact]
    public void Plan_StillWritesAValidPlan_WhenCancelled()
    {
        var instance = _files.Temp("county.json");
        Assert.Equal(0, CliRun.Of("generate", "--enterprises", "40", "--seed", "4", "-o", instance).ExitCode);
        var plan = _files.Temp("plan.json");
        using var ctrlC = new CancellationTokenSource();
        ctrlC.Cancel();

        var run = CliRun.Of(ctrlC.Token, "plan", instance, "-o", plan, "--time-limit", "30");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Cancelled", run.Out);
        Assert.Equal(0, CliRun.Of("validate", instance, plan).ExitCode);
    }
}

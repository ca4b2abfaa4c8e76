using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Demo_ComparesThreePlannersPlansTwelveMonthsAndWritesFiles_WhenOutputGiven()
    {
        var run = CliRun.Of("demo", "--enterprises", "15", "--time-limit", "2", "--month-time-limit", "0.5", "-o", _files.Folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("separate", run.Out);
        Assert.Contains("greedy", run.Out);
        Assert.Contains("optimized", run.Out);
        Assert.Contains("visits instead of", run.Out);
        Assert.Contains("officer-days", run.Out);
        Assert.Contains("busiest", run.Out);
        Assert.Contains("total", run.Out);
        // What a second joint weekday would buy, against the year as it stands.
        Assert.Contains("with Thursday a joint weekday too", run.Out);
        Assert.Contains("--goal 4", run.Out);
        Assert.Contains("officers posted to townships let work county-wide (`scheduler staffing --add Countywide+Thursday`)", run.Out);
        foreach (var file in new[] { "instance.json", "plan-separate.json", "plan-greedy.json", "plan-optimized.json", "month-01.json", "month-12.json" })
            Assert.True(File.Exists(_files.Temp(file)), file);
        var validate = CliRun.Of(["validate", _files.Temp("instance.json"), _files.Temp("plan-optimized.json"),
            .. Enumerable.Range(1, 12).Select(m => _files.Temp($"month-{m:00}.json"))]);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void Demo_ReturnsTwo_WhenMonthTimeLimitNotPositive()
    {
        var run = CliRun.Of("demo", "--month-time-limit", "0");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--month-time-limit", run.Error);
    }

    [Fact]
    public void Demo_ReturnsTwo_WhenEnterprisesAboveTheDemosLimit()
    {
        var run = CliRun.Of("demo", "--enterprises", "100001");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--enterprises must be 1-100", run.Error);
        Assert.Contains("scheduler plan", run.Error);
    }
}

using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Demo_ComparesThreePlannersAndWritesFiles_WhenOutputGiven()
    {
        var run = CliRun.Of("demo", "--enterprises", "15", "--time-limit", "2", "-o", _files.Folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("separate", run.Out);
        Assert.Contains("greedy", run.Out);
        Assert.Contains("optimized", run.Out);
        Assert.Contains("visits instead of", run.Out);
        foreach (var file in new[] { "instance.json", "plan-separate.json", "plan-greedy.json", "plan-optimized.json" })
            Assert.True(File.Exists(_files.Temp(file)), file);
    }
}

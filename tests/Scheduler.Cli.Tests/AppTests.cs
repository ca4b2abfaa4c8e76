using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests;

public sealed class AppTests
{
    [Fact]
    public void Run_ReturnsTwoAndNamesTheCommand_WhenCommandUnknown()
    {
        var run = CliRun.Of("merge");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("merge", run.Error);
    }

    [Fact]
    public void Run_ListsEveryCommand_WhenHelpAsked()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "generate", "plan", "month", "validate", "demo" })
            Assert.Contains(command, run.Out);
    }
}

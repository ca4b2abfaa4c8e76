using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

public sealed class ExplainCommandTests
{
    private static readonly string Instance = TestFiles.Data("tiny-instance.json");
    private static readonly string Plan = TestFiles.Data("tiny-plan.json");

    [Fact]
    public void Explain_GivesTheFrequencyFloor_WhenTheEnterpriseHasTwoVisits()
    {
        var run = CliRun.Of("explain", Instance, Plan, "--enterprise", "E1");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("E1: 2 visit(s); its most frequent need asks for 2", run.Out);
        Assert.Contains("[frequency]", run.Out);
    }

    [Fact]
    public void Explain_ReturnsTwoNamingTheOption_WhenTheEnterpriseIsUnknown()
    {
        var run = CliRun.Of("explain", Instance, Plan, "--enterprise", "E9");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--enterprise", run.Error);
        Assert.Contains("E9", run.Error);
    }
}

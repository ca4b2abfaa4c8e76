using Scheduler.Cli.Tests.Support;
using Scheduler.Domain.Json;

namespace Scheduler.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Generate_WritesInstanceAndValidWitness_WhenOutputsGiven()
    {
        var instance = _files.Temp("county.json");
        var witness = _files.Temp("witness.json");

        var run = CliRun.Of("generate", "--enterprises", "12", "--seed", "5", "-o", instance, "--witness", witness);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(instance, run.Out);
        var read = ContractJson.ReadInstanceFile(instance);
        Assert.True(read.Ok, string.Join("\n", read.Errors));
        Assert.Equal(12, read.Value!.Enterprises.Count);
        var validate = CliRun.Of("validate", instance, witness);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void Generate_WritesTheSameFile_WhenSeedRepeats()
    {
        var first = _files.Temp("a.json");
        var second = _files.Temp("b.json");

        CliRun.Of("generate", "--enterprises", "8", "--seed", "9", "-o", first);
        CliRun.Of("generate", "--enterprises", "8", "--seed", "9", "-o", second);

        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public void Generate_ReturnsTwo_WhenOutputMissing()
    {
        var run = CliRun.Of("generate", "--enterprises", "8");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--output", run.Error);
    }

    [Theory]
    [InlineData("--slack", "0.9", "--slack must be at least 1.0")]
    [InlineData("--slack", "0", "--slack must be at least 1.0")]
    [InlineData("--enterprises", "0", "--enterprises must be 1 to 2,000,000")]
    [InlineData("--enterprises", "2000001", "--enterprises must be 1 to 2,000,000")]
    public void Generate_ReturnsTwoAndWritesNothing_WhenOptionIsOutOfRange(string option, string value, string message)
    {
        var output = _files.Temp("county.json");

        var run = CliRun.Of("generate", option, value, "-o", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Generate_ReturnsZero_WhenSlackAndEnterprisesAreAtTheirLowestBound()
    {
        var output = _files.Temp("county.json");

        var run = CliRun.Of("generate", "--slack", "1.0", "--enterprises", "1", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(ContractJson.ReadInstanceFile(output).Value!.Enterprises);
    }
}

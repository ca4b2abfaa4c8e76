using System.Security.Cryptography;
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

    [Fact]
    public void Generate_WritesExactlyTheOfficersAndPrintsThemByDepartment_WhenOfficersGiven()
    {
        var output = _files.Temp("county.json");

        var run = CliRun.Of("generate", "--enterprises", "2000", "--seed", "3", "--officers", "370", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var instance = ContractJson.ReadInstanceFile(output).Value!;
        Assert.Equal(370, instance.Inspectors.Count);
        Assert.All(instance.Departments, d => Assert.True(instance.Inspectors.Count(i => i.Department == d.Id) is >= 4 and var n && n % 2 == 0, d.Id));
        Assert.Contains("Officers: 370 (fixed)", run.Out);
        Assert.Contains("SCJG ", run.Out);
    }

    [Fact]
    public void Generate_GivesTheScaledStaff_WhenOfficersOmitted()
    {
        var output = _files.Temp("county.json");

        var run = CliRun.Of("generate", "--enterprises", "300", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(44, ContractJson.ReadInstanceFile(output).Value!.Inspectors.Count);
        Assert.Contains("Officers: 44 (fixed)", run.Out);
    }

    /// <summary>`--officers sized` writes the county the generator wrote before fixed staff (commit 7b2048d), byte for byte.</summary>
    [Fact]
    public void Generate_WritesTheCountyOfBeforeFixedStaff_WhenOfficersSized()
    {
        var output = _files.Temp("county.json");

        var run = CliRun.Of("generate", "--enterprises", "5000", "--seed", "11", "--officers", "sized", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Officers: 446 (sized from the witness)", run.Out);
        Assert.Equal("203c4d6c3dcc830b815e9dbfd7bf212aee8744df1141e63795428d15b65b9341", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(output))));
    }

    [Theory]
    [InlineData("3", "--officers must be 44 to 1,000,000")]
    [InlineData("42", "--officers must be 44 to 1,000,000")]
    [InlineData("371", "--officers must be even")]
    [InlineData("abc", "--officers must be a number of officers or 'sized', not 'abc'")]
    public void Generate_ReturnsTwoAndWritesNothing_WhenOfficersIsNoStaff(string officers, string message)
    {
        var output = _files.Temp("county.json");

        var run = CliRun.Of("generate", "--enterprises", "50", "--officers", officers, "-o", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Error.ReplaceLineEndings(" ").Replace("  ", " "));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Generate_GivesEveryCountyTheOfficers_WhenCountiesAndOfficersGiven()
    {
        var folder = _files.Temp("province");

        var run = CliRun.Of("generate", "--enterprises", "200", "--counties", "2", "--officers", "100", "-o", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.All(Directory.GetFiles(folder, "county-*.json"), f => Assert.Equal(100, ContractJson.ReadInstanceFile(f).Value!.Inspectors.Count));
        Assert.Equal(2, Directory.GetFiles(folder, "county-*.json").Length);
    }
}

using Scheduler.Domain.Json;
using Scheduler.Tests.Shared;

namespace Scheduler.Domain.Tests.Draws;

/// <summary>The draw fields are optional: today's files read as before and re-write byte for byte.</summary>
public class RegisterFieldsTests
{
    [Theory]
    [InlineData("xiangshan-300.json")]
    [InlineData("tight-200.json")]
    public void Write_GivesTheSameBytes_WhenAFileWithoutDrawFieldsIsReadAndWritten(string sample)
    {
        var path = Path.Combine(ValidatorScript.RepoRoot!, "samples", sample);
        var text = File.ReadAllText(path);

        var read = ContractJson.ReadInstance(text);

        Assert.True(read.Ok);
        Assert.All(read.Value!.Enterprises, e => Assert.True(e.CreditCode is null && e.RiskLevel is null && e.Tags is null));
        Assert.Equal(text, ContractJson.Write(read.Value) + "\n");
    }

    [Fact]
    public void Write_KeepsTheDrawFields_WhenTheyAreGiven()
    {
        var register = DrawRegister.Make(2);

        var back = ContractJson.ReadInstance(ContractJson.Write(register)).Value!;

        Assert.Equal(register.Enterprises.Select(e => (e.CreditCode, e.RiskLevel)), back.Enterprises.Select(e => (e.CreditCode, e.RiskLevel)));
        Assert.Equal(["重点监管"], back.Enterprises.Single(e => e.Id == "E007").Tags);
    }
}

using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Generator.Draws;

namespace Scheduler.Generator.Tests;

public class DrawFieldsTests
{
    private static readonly GeneratedCounty Plain = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 600, Seed = 4 });
    private static readonly GeneratedCounty WithFields = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 600, Seed = 4, DrawFields = true });

    [Fact]
    public void DrawFields_GiveEveryEnterpriseAValidUniqueCreditCodeAndAMatchingLevel()
    {
        var enterprises = WithFields.Instance.Enterprises;

        Assert.All(enterprises, e => Assert.Null(CreditCode.ProblemWith(e.CreditCode)));
        Assert.All(enterprises, e => Assert.StartsWith("9", e.CreditCode!, StringComparison.Ordinal));
        Assert.All(enterprises, e => Assert.Equal("330225", e.CreditCode![2..8]));
        Assert.Equal(enterprises.Count, enterprises.Select(e => e.CreditCode).Distinct().Count());
        Assert.All(enterprises, e => Assert.Equal(e.CreditTier, RiskLevels.Colour(e.RiskLevel!)));
        Assert.Contains(enterprises, e => e.RiskLevel == RiskLevels.C);
        Assert.Contains(enterprises, e => e.Tags?.Contains("重点监管") == true);
        Assert.Empty(RegisterChecks.Check(WithFields.Instance));
    }

    [Fact]
    public void DrawFields_ChangeNothingElse_AndAreAbsentUnlessAsked()
    {
        Assert.All(Plain.Instance.Enterprises, e => Assert.True(e.CreditCode is null && e.RiskLevel is null && e.Tags is null));
        var stripped = WithFields.Instance with
        {
            Enterprises = [.. WithFields.Instance.Enterprises.Select(e => e with { CreditCode = null, RiskLevel = null, Tags = null })],
        };
        Assert.Equal(ContractJson.Write(Plain.Instance), ContractJson.Write(stripped));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(600)]
    public void Rules_AreValidForTheCounty_AndCoverItsElevenDepartments(int enterprises)
    {
        var county = CountyGenerator.Generate(new GeneratorOptions { Enterprises = enterprises, Seed = 2, DrawFields = true }).Instance;

        var rules = CountyDraws.Rules(county, 2);

        Assert.Empty(RuleChecks.Check(county, rules));
        if (enterprises >= 600) Assert.Equal(11, rules.Rules.Select(r => r.Department).Distinct().Count());
        Assert.Contains(rules.Rules, r => r.TakesAll && r.Population.Tags is not null);
        Assert.Contains(rules.Rules, r => r.Kind == RuleKinds.Triggered);
        Assert.Contains(rules.Rules, r => r.WeightByLevel is not null);
        Assert.Contains(rules.Rules, r => r.Months.Count < 12);
        Assert.Empty(InstanceValidatorErrors(county, rules));
    }

    private static IEnumerable<string> InstanceValidatorErrors(Instance county, RuleSet rules) =>
        Domain.Validation.InstanceValidator.Validate(Drawer.Draw(county, rules, new DrawRequest { Seed = 1 }).Instance).Select(e => e.ToString());
}

using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Tests.Draws;

public class RuleChecksTests
{
    private static readonly Instance Register = DrawRegister.Make(5, "shop", "hotel");

    private static IReadOnlyList<InputError> Check(params SamplingRule[] rules) =>
        RuleChecks.Check(Register, new RuleSet { Departments = [new DepartmentPolicy { Department = "SCJG", MaxChecksPerEnterprise = 1, LeaveLevelAAlone = true }], Rules = rules });

    [Fact]
    public void Check_IsEmpty_WhenRulesAreValid() =>
        Assert.Empty(Check(DrawRegister.Rule("R1", "SCJG", ["shop"]) with { RatioByLevel = new Dictionary<string, double> { ["B"] = 0.2, ["D"] = 1 } }));

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Check_NamesRuleAndLevel_WhenARatioIsOutsideZeroToOne(double ratio)
    {
        var error = Assert.Single(Check(DrawRegister.Rule("R1", "SCJG") with { RatioByLevel = new Dictionary<string, double> { ["B"] = ratio } }));
        Assert.Equal("$.rules[0].ratioByLevel.B", error.Path);
        Assert.Contains("rule R1", error.Message);
        Assert.Contains("0 to 1", error.Message);
    }

    [Fact]
    public void Check_NamesTheIndustry_WhenNoEnterpriseHasIt()
    {
        var error = Assert.Single(Check(DrawRegister.Rule("R1", "SCJG", ["shop", "quarry"])));
        Assert.Equal("$.rules[0].population.industries[1]", error.Path);
        Assert.Contains("rule R1 names industry 'quarry'", error.Message);
    }

    [Fact]
    public void Check_NamesTheTag_WhenNoEnterpriseHasIt()
    {
        var error = Assert.Single(Check(DrawRegister.Rule("R1", "YJGL") with { Population = new PopulationFilter { Tags = ["重点排污单位"] } }));
        Assert.Equal("$.rules[0].population.tags[0]", error.Path);
    }

    [Fact]
    public void Check_NamesRuleAndCap_WhenTheCapIsBelowTheRulesFrequency()
    {
        var error = Assert.Single(Check(DrawRegister.Rule("R1", "SCJG") with { TimesPerYearByLevel = new Dictionary<string, int> { ["D"] = 2 } }));
        Assert.Equal("$.rules[0].timesPerYearByLevel.D", error.Path);
        Assert.Contains("above department SCJG's cap of 1 ($.departments[0].maxChecksPerEnterprise)", error.Message);
    }

    [Fact]
    public void Check_SaysThePopulationIsEmpty_WhenTheFiltersMatchNoEnterprise()
    {
        // Hotels exist and tagged enterprises exist, but no tagged hotel of level A.
        var error = Assert.Single(Check(DrawRegister.Rule("R1", "YJGL", ["hotel"]) with { Population = new PopulationFilter { Industries = ["hotel"], RiskLevels = ["A"], Enterprises = ["E001"] } }));
        Assert.Equal("$.rules[0].population", error.Path);
        Assert.Contains("matches no enterprise", error.Message);
    }

    [Fact]
    public void Check_NamesTheLevel_WhenADepartmentLeavesLevelAAlone()
    {
        var error = Assert.Single(Check(DrawRegister.Rule("R1", "SCJG") with { RatioByLevel = new Dictionary<string, double> { ["A"] = 0.05 } }));
        Assert.Equal("$.rules[0].ratioByLevel.A", error.Path);
        Assert.Contains("无事不扰", error.Message);
    }

    [Fact]
    public void Check_ReportsEveryProblem_WhenSeveralRulesAreBad()
    {
        var errors = Check(
            DrawRegister.Rule("R1", "XXXX"),
            DrawRegister.Rule("R1", "SCJG") with { Items = ["YJGL-01"], Months = [0, 13], Kind = "weekly" },
            DrawRegister.Rule("R3", "YJGL") with { Ratio = 0.1, Count = 3 });

        Assert.Contains(errors, e => e.Path == "$.rules[0].department");
        Assert.Contains(errors, e => e.Path == "$.rules[1].id");
        Assert.Contains(errors, e => e.Path == "$.rules[1].items[0]");
        Assert.Contains(errors, e => e.Path == "$.rules[1].months[1]");
        Assert.Contains(errors, e => e.Path == "$.rules[1].kind");
        Assert.Contains(errors, e => e.Path == "$.rules[2]" && e.Message.Contains("more than one", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"rules\": [{\"id\": \"R1\", \"department\": \"SCJG\", \"items\": [\"SCJG-01\"], \"ratioByLevl\": {\"B\": 0.2}}]}", "$.rules[0].ratioByLevl")]
    [InlineData("{\"rules\": [{\"id\": \"R1\", \"ratio\": \"much\"}]}", "$.rules[0].ratio")]
    [InlineData("{\"rules\": [", "$")]
    public void ReadRules_NamesThePath_WhenTheJsonIsBad(string json, string path)
    {
        var read = DrawJson.ReadRules(json);

        Assert.False(read.Ok);
        Assert.StartsWith(path, read.Errors[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterChecks_NameTheField_WhenCodeLevelOrTagIsBad()
    {
        var e = Register.Enterprises;
        var bad = Register with
        {
            Enterprises = [e[0] with { CreditCode = "91330225MA00000010" }, e[1] with { RiskLevel = "E" }, e[2] with { CreditCode = e[3].CreditCode }, .. e.Skip(3)],
        };

        var errors = RegisterChecks.Check(bad);

        Assert.Equal(["$.enterprises[0].creditCode", "$.enterprises[1].riskLevel", "$.enterprises[3].creditCode"], errors.Select(x => x.Path));
    }
}

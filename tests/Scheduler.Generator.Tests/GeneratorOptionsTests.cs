namespace Scheduler.Generator.Tests;

public class GeneratorOptionsTests
{
    [Fact]
    public void ResolvedName_FollowsSizeAndSeed_WhenNoNameIsGiven()
    {
        Assert.Equal("xiangshan-12000-s1", new GeneratorOptions { Enterprises = 12000, Seed = 1 }.ResolvedName);
        Assert.Equal("xiangshan-60-s4-infeasible", new GeneratorOptions { Enterprises = 60, Seed = 4, Infeasible = true }.ResolvedName);
        Assert.Equal("mine", new GeneratorOptions { Name = "mine" }.ResolvedName);
    }

    [Theory]
    [InlineData(0, 1.15, 240, 2)]
    [InlineData(100, 0.9, 240, 2)]
    [InlineData(100, 1.15, 100, 2)]
    [InlineData(100, 1.15, 240, 0)]
    public void Generate_Throws_WhenOptionsCannotYieldASolvableCounty(int enterprises, double slack, int maxMinutes, int greenCap)
    {
        var options = new GeneratorOptions { Enterprises = enterprises, CapacitySlack = slack, MaxVisitMinutes = maxMinutes, GreenCap = greenCap };

        Assert.Throws<ArgumentOutOfRangeException>(() => CountyGenerator.Generate(options));
    }

    [Fact]
    public void Generate_RespectsVisitRules_WhenTheyAreStricter()
    {
        var county = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 500, MaxDepartmentsPerVisit = 2, MaxVisitMinutes = 150, GreenCap = 1 });

        Assert.Equal(2, county.Instance.Rules.MaxDepartmentsPerVisit);
        Assert.Equal(150, county.Instance.Rules.MaxVisitMinutes);
        Assert.Empty(Support.AnnualPlanRules.Violations(county.Instance, county.Witness));
        Assert.Empty(county.Witness.Unassigned);
    }
}

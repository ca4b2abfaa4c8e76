using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Generator.Tests;

public class CountyGeneratorDeterminismTests
{
    [Fact]
    public void Generate_ReturnsIdenticalJson_WhenSeedIsTheSame()
    {
        var options = new GeneratorOptions { Enterprises = 400, Seed = 7, Infeasible = true };
        var a = CountyGenerator.Generate(options);
        var b = CountyGenerator.Generate(options);

        Assert.Equal(ContractJson.Write(a.Instance), ContractJson.Write(b.Instance));
        Assert.Equal(ContractJson.Write(a.Witness), ContractJson.Write(b.Witness));
    }

    [Fact]
    public void Generate_ReturnsDifferentCounty_WhenSeedDiffers()
    {
        var a = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 400, Seed = 7 });
        var b = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 400, Seed = 8 });

        Assert.NotEqual(ContractJson.Write(a.Instance with { Name = "" }), ContractJson.Write(b.Instance with { Name = "" }));
    }

    [Fact]
    public void Generate_KeepsTheFeasibleCountyUnchanged_WhenInfeasibleOnlyAddsNeeds()
    {
        var plain = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 300, Seed = 5 }).Instance;
        var infeasible = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 300, Seed = 5, Infeasible = true }).Instance;

        Assert.Equal(
            ContractJson.Write(plain with { Name = "", Needs = [], Capacities = [], Inspectors = [] }),
            ContractJson.Write(infeasible with { Name = "", Needs = [], Capacities = [], Inspectors = [] }));
        Assert.True(infeasible.Needs.Count > plain.Needs.Count);
        static string Key(Need n) =>
            $"{n.Enterprise}|{n.Department}|{string.Join(",", n.Items)}|{n.TimesPerYear}|{string.Join(",", n.Months)}|{n.MinGapMonths}|{n.Standalone}";
        Assert.Subset(infeasible.Needs.Select(Key).ToHashSet(), plain.Needs.Select(Key).ToHashSet());
    }
}

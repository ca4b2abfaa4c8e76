using Scheduler.Domain.Model;
using Scheduler.Generator.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Generator.Tests;

public class InfeasibleCountyTests
{
    [Theory]
    [InlineData("infeasible60")]
    [InlineData("infeasible5000")]
    public void Witness_ListsUnassignedWithReasons_WhenInfeasible(string county)
    {
        var witness = Counties.ByName(county).Witness;

        Assert.InRange(witness.Unassigned.Count, 3, 20);
        Assert.All(witness.Unassigned, u => Assert.False(string.IsNullOrWhiteSpace(u.Reason)));
        Assert.Contains(witness.Unassigned, u => u.Reason.Contains("green"));
        Assert.Contains(witness.Unassigned, u => u.Reason.Contains("no capacity"));
    }

    /// <summary>Each unassigned need is provably impossible: its department has capacity 0 in every month it
    /// allows, or its enterprise's cap is smaller than a set of its needs with pairwise disjoint windows.</summary>
    [Theory]
    [InlineData("infeasible60")]
    [InlineData("infeasible5000")]
    public void Witness_UnassignsOnlyNeedsNoPlanCanHold_WhenInfeasible(string county)
    {
        var (instance, witness) = Counties.ByName(county);
        var enterprises = instance.Enterprises.ToDictionary(e => e.Id);
        var needs = instance.Needs.ToDictionary(n => n.Id);
        var capacity = instance.Capacities.ToDictionary(c => (c.Department, c.Month), c => c.Visits);

        Assert.All(witness.Unassigned, u =>
        {
            var need = needs[u.Need];
            var enterprise = enterprises[need.Enterprise];
            var open = Months.Open(need, enterprise);
            var noCapacity = open.All(m => capacity.GetValueOrDefault((need.Department, m), int.MaxValue) == 0);
            var overCap = instance.Rules.CapFor(enterprise.CreditTier) is { } cap
                          && HasDisjointWindows(instance.Needs.Where(n => n.Enterprise == enterprise.Id).Select(n => Months.Open(n, enterprise)).ToList(), cap + 1);
            Assert.True(noCapacity || overCap, $"{u.Need} is unassigned but could be held: {u.Reason}");
        });
    }

    [SkippableFact]
    public void Witness_IsValidForThePythonValidator_WhenInfeasible()
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);

        var report = PythonValidator.Run(Counties.Infeasible60);

        Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
        Assert.Equal(Counties.Infeasible60.Witness.Unassigned.Count, report.GetProperty("unassigned").GetInt32());
    }

    [Fact]
    public void Generate_StillWorks_WhenInfeasibleCountyIsVerySmall()
    {
        for (var n = 1; n <= 5; n++)
        {
            var county = CountyGenerator.Generate(new GeneratorOptions { Enterprises = n, Seed = n, Infeasible = true });
            Assert.Empty(AnnualPlanRules.Violations(county.Instance, county.Witness));
        }
    }

    private static bool HasDisjointWindows(List<List<int>> windows, int size)
    {
        bool Search(int from, List<List<int>> chosen)
        {
            if (chosen.Count == size) return true;
            for (var k = from; k < windows.Count; k++)
            {
                if (chosen.Any(c => c.Intersect(windows[k]).Any())) continue;
                chosen.Add(windows[k]);
                if (Search(k + 1, chosen)) return true;
                chosen.RemoveAt(chosen.Count - 1);
            }
            return false;
        }
        return Search(0, []);
    }
}

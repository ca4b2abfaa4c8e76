using Scheduler.Domain.Model;
using Scheduler.Generator.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Generator.Tests;

public class WitnessTests
{
    [Theory]
    [MemberData(nameof(Counties.AllNames), MemberType = typeof(Counties))]
    public void Witness_IsAValidPlan_WhenCheckedByTheSpecsRules(string county)
    {
        var generated = Counties.ByName(county);

        var violations = AnnualPlanRules.Violations(generated.Instance, generated.Witness);

        Assert.Empty(violations);
        Assert.Equal(generated.Instance.Name, generated.Witness.Instance);
        Assert.Equal(generated.Instance.Year, generated.Witness.Year);
    }

    [Theory]
    [InlineData("50")]
    [InlineData("300")]
    [InlineData("tight200")]
    [InlineData("5000")]
    public void Witness_LeavesNothingUnassigned_WhenFeasible(string county)
    {
        var generated = Counties.ByName(county);

        Assert.Empty(generated.Witness.Unassigned);
        Assert.Equal(generated.Instance.Needs.Sum(n => n.TimesPerYear), generated.Witness.Visits.Sum(v => v.Tasks.Count));
    }

    [Theory]
    [InlineData("300")]
    [InlineData("tight200")]
    [InlineData("5000")]
    public void Witness_KeepsGreenEnterprisesWithinTheirCap_WhenFeasible(string county)
    {
        var (instance, witness) = Counties.ByName(county);
        var cap = instance.Rules.CapFor(CreditTiers.Green)!.Value;
        var visits = witness.Visits.GroupBy(v => v.Enterprise).ToDictionary(g => g.Key, g => g.Count());
        var green = instance.Enterprises.Where(e => e.CreditTier == CreditTiers.Green).Select(e => e.Id).ToHashSet();

        Assert.All(green, e => Assert.InRange(visits.GetValueOrDefault(e), 1, cap));
        Assert.All(instance.Needs.Where(n => green.Contains(n.Enterprise)), n => Assert.InRange(n.TimesPerYear, 1, cap));
    }

    [Theory]
    [MemberData(nameof(Counties.AllNamesButInfeasible5000), MemberType = typeof(Counties))]
    public void Capacities_CoverTheWitnessLoad_WithARowForEveryDepartmentMonth(string county)
    {
        var (instance, witness) = Counties.ByName(county);
        var load = AnnualPlanRules.Load(instance, witness);
        var slack = county == "tight200" ? 1.0 : 1.15;

        var rows = instance.Capacities.ToDictionary(c => (c.Department, c.Month));
        Assert.Equal(instance.Departments.Count * 12, instance.Capacities.Count);
        foreach (var d in instance.Departments)
            for (var m = 1; m <= 12; m++)
            {
                var used = load.GetValueOrDefault((d.Id, m));
                var expected = used == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(used * slack - 1e-9));
                Assert.Equal(expected, rows[(d.Id, m)].Visits);
            }
    }

    [Fact]
    public void Capacities_AreTightSomewhere_WhenSlackIsOne()
    {
        var (instance, witness) = Counties.Tight200;
        var load = AnnualPlanRules.Load(instance, witness);

        Assert.All(instance.Capacities, c => Assert.Equal(load.GetValueOrDefault((c.Department, c.Month)), c.Visits));
    }

    [Fact]
    public void Witness_MergesDepartments_WhenEnterprisesHaveSeveralNeeds()
    {
        var (instance, witness) = Counties.Of5000;
        var departments = instance.Needs.ToDictionary(n => n.Id, n => n.Department);
        var departmentVisits = witness.Visits.Sum(v => v.Tasks.Select(t => departments[t.Need]).Distinct().Count());
        var lowerBound = instance.Needs.GroupBy(n => n.Enterprise).Sum(g => g.Max(n => n.TimesPerYear));

        Assert.True(departmentVisits > 1.5 * witness.Visits.Count, "too few joint visits");
        Assert.InRange(witness.Visits.Count, lowerBound, (int)(lowerBound * 1.06));
    }

    [SkippableTheory]
    [InlineData("300")]
    [InlineData("tight200")]
    [InlineData("5000")]
    public void Witness_IsValidForThePythonValidator_WhenFeasible(string county)
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);

        var report = PythonValidator.Run(Counties.ByName(county));

        Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
        Assert.Equal(0, report.GetProperty("unassigned").GetInt32());
    }
}

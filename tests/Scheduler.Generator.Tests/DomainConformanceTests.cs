using Scheduler.Domain.Checking;
using Scheduler.Domain.Validation;
using Scheduler.Generator.Tests.Support;

namespace Scheduler.Generator.Tests;

/// <summary>The generated counties pass the Domain's own instance validation and plan checking.</summary>
public class DomainConformanceTests
{
    [Theory]
    [MemberData(nameof(Counties.AllNames), MemberType = typeof(Counties))]
    public void Instance_PassesInstanceValidator_WhenGenerated(string county)
    {
        var errors = InstanceValidator.Validate(Counties.ByName(county).Instance);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("300", 0)]
    [InlineData("tight200", 0)]
    [InlineData("infeasible60", 3)]
    [InlineData("5000", 0)]
    public void Witness_PassesPlanChecker_WhenGenerated(string county, int unassigned)
    {
        var (instance, witness) = Counties.ByName(county);

        var report = PlanChecker.Check(instance, witness);

        Assert.True(report.Valid, string.Join("; ", report.Violations.Take(5)));
        Assert.Equal(unassigned, report.Figures.Unassigned);
    }
}

using Scheduler.Domain.Model;
using Scheduler.Domain.Tests.TestData;
using static Scheduler.Domain.Tests.Validation.ValidationAssert;

namespace Scheduler.Domain.Tests.Validation;

public sealed class InstanceValidatorRulesTests
{
    private static readonly Instance Tiny = TinyCounty.Instance();

    [Theory]
    [InlineData("maxDepartmentsPerVisit")]
    [InlineData("maxVisitMinutes")]
    [InlineData("officersPerDepartment")]
    [InlineData("workdayMinutes")]
    [InlineData("maxVisitsPerTeamDay")]
    public void Validate_ReportsRule_WhenCountIsBelowOne(string rule)
    {
        var instance = Tiny.WithRules(r => rule switch
        {
            "maxDepartmentsPerVisit" => r with { MaxDepartmentsPerVisit = 0 },
            "maxVisitMinutes" => r with { MaxVisitMinutes = 0 },
            "officersPerDepartment" => r with { OfficersPerDepartment = 0 },
            "workdayMinutes" => r with { WorkdayMinutes = -5 },
            _ => r with { MaxVisitsPerTeamDay = 0 },
        });

        Only(instance, $"$.rules.{rule}", rule, "at least 1");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-30.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_ReportsTravelKmh_WhenNotAPositiveSpeed(double kmh)
    {
        Only(Tiny.WithRules(r => r with { TravelKmh = kmh }), "$.rules.travelKmh", "travelKmh");
    }

    [Theory]
    [InlineData(0.99)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void Validate_ReportsRoadFactor_WhenBelowOne(double factor)
    {
        Only(Tiny.WithRules(r => r with { RoadFactor = factor }), "$.rules.roadFactor", "at least 1");
    }

    [Fact]
    public void Validate_AcceptsRoadFactorOne_WhenRoadsAreStraight()
    {
        Assert.Empty(Domain.Validation.InstanceValidator.Validate(Tiny.WithRules(r => r with { RoadFactor = 1 })));
    }

    [Fact]
    public void Validate_ReportsTierName_WhenNotACreditTier()
    {
        var instance = Tiny.WithRules(r => r with { MaxVisitsPerYearByTier = new Dictionary<string, int?> { ["green"] = 2, ["blue"] = 1 } });

        Only(instance, "$.rules.maxVisitsPerYearByTier.blue", "'blue'", "green, yellow or red");
    }

    [Fact]
    public void Validate_ReportsTierCap_WhenNegative()
    {
        var instance = Tiny.WithRules(r => r with { MaxVisitsPerYearByTier = new Dictionary<string, int?> { ["yellow"] = -1 } });

        Only(instance, "$.rules.maxVisitsPerYearByTier.yellow", "-1");
    }

    [Fact]
    public void Validate_AcceptsZeroAndNullCaps_WhenTiersAreKnown()
    {
        var instance = Tiny.WithRules(r => r with
        {
            MaxVisitsPerYearByTier = new Dictionary<string, int?> { ["green"] = 0, ["yellow"] = null, ["red"] = 12 },
        });

        Assert.Empty(Domain.Validation.InstanceValidator.Validate(instance));
    }

    [Fact]
    public void Validate_ReportsRules_WhenNull()
    {
        Only(Tiny with { Rules = null! }, "$.rules", "null");
    }
}

using Scheduler.Domain.Model;
using Scheduler.Domain.Tests.TestData;
using Scheduler.Domain.Validation;
using static Scheduler.Domain.Tests.Validation.ValidationAssert;

namespace Scheduler.Domain.Tests.Validation;

public sealed class InstanceValidatorValueTests
{
    private static readonly Instance Tiny = TinyCounty.Instance();

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Validate_ReportsNeedMonth_WhenOutside1To12(int month)
    {
        Only(Tiny.WithNeed("N2", n => n with { Months = [1, month] }), "$.needs[1].months[1]", "N2", $"month {month}");
    }

    [Fact]
    public void Validate_ReportsNeedMonths_WhenListIsEmpty()
    {
        Only(Tiny.WithNeed("N2", n => n with { Months = [] }), "$.needs[1].months", "N2", "empty months");
    }

    [Fact]
    public void Validate_ReportsNeedMonth_WhenListedTwice()
    {
        Only(Tiny.WithNeed("N2", n => n with { Months = [4, 5, 4] }), "$.needs[1].months[2]", "N2", "month 4 twice");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Validate_ReportsClosedMonth_WhenOutside1To12(int month)
    {
        Only(WithEnterprise("E1", e => e with { ClosedMonths = [month] }), "$.enterprises[0].closedMonths[0]", "E1", $"{month}");
    }

    [Fact]
    public void Validate_ReportsClosedMonth_WhenListedTwice()
    {
        Only(WithEnterprise("E2", e => e with { ClosedMonths = [7, 8, 7] }), "$.enterprises[1].closedMonths[2]", "E2", "7 twice");
    }

    [Fact]
    public void Validate_ReportsCapacityMonth_WhenOutside1To12()
    {
        var instance = Tiny with { Capacities = [.. Tiny.Capacities, new Capacity { Department = "A", Month = 0, Visits = 1 }] };

        Only(instance, "$.capacities[3].month", "month 0");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-2)]
    public void Validate_ReportsTimesPerYear_WhenOutside1To12(int times)
    {
        Only(Tiny.WithNeed("N2", n => n with { TimesPerYear = times }), "$.needs[1].timesPerYear", "N2", $"{times}", "1-12");
    }

    [Fact]
    public void Validate_ReportsMinGap_WhenBelowOne()
    {
        Only(Tiny.WithNeed("N2", n => n with { MinGapMonths = 0 }), "$.needs[1].minGapMonths", "N2", "minGapMonths 0");
    }

    [Fact]
    public void Validate_ReportsHowManyFit_WhenGapLeavesTooFewMonths()
    {
        // Months 2, 5, 8, 11 with a gap of 4: 2 and 8 fit, 3 are asked for.
        Only(Tiny.WithNeed("N13", n => n with { MinGapMonths = 4 }), "$.needs[12].timesPerYear",
            "N13", "3 occurrences", "4 months apart", "only 2 fit", "2, 5, 8, 11");
    }

    [Fact]
    public void Validate_CountsClosedMonthsOut_WhenCheckingFit()
    {
        Only(WithEnterprise("E4", e => e with { ClosedMonths = [2, 5] }), "$.needs[12].timesPerYear", "N13", "only 2 fit", "(8, 11)");
    }

    [Fact]
    public void Validate_AcceptsFit_WhenOneClosedMonthLeavesEnough()
    {
        Assert.Empty(InstanceValidator.Validate(WithEnterprise("E4", e => e with { ClosedMonths = [5] })));
    }

    [Fact]
    public void Validate_SaysNoMonthIsOpen_WhenEveryAllowedMonthIsClosed()
    {
        Only(WithEnterprise("E4", e => e with { ClosedMonths = [2, 5, 8, 11] }), "$.needs[12].timesPerYear", "N13", "no month is open", "E4");
    }

    [Fact]
    public void Validate_ReportsFit_WhenTimesExceedDistinctMonths()
    {
        Only(Tiny.WithNeed("N2", n => n with { TimesPerYear = 3, Months = [6, 7] }), "$.needs[1].timesPerYear", "N2", "distinct months", "only 2 fit");
    }

    [Fact]
    public void Validate_ReportsCapacity_WhenNegative()
    {
        var instance = Tiny with { Capacities = [.. Tiny.Capacities, new Capacity { Department = "D", Month = 1, Visits = -1 }] };

        Only(instance, "$.capacities[3].visits", "D", "-1");
    }

    [Fact]
    public void Validate_ReportsCapacityRow_WhenDepartmentMonthRepeats()
    {
        var instance = Tiny with { Capacities = [.. Tiny.Capacities, new Capacity { Department = "B", Month = 3, Visits = 4 }] };

        Only(instance, "$.capacities[3]", "second capacity row", "B", "month 3", "$.capacities[1]");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void Validate_ReportsItemMinutes_WhenNotPositive(int minutes)
    {
        var instance = Tiny with { CheckItems = [.. Tiny.CheckItems.Select(c => c.Id == "ID1" ? c with { Minutes = minutes } : c)] };

        Only(instance, "$.checkItems[5].minutes", "ID1", $"{minutes}");
    }

    [Fact]
    public void Validate_ReportsNeedMinutes_WhenItsOwnItemsExceedMaxVisitMinutes()
    {
        var instance = Tiny with { CheckItems = [.. Tiny.CheckItems.Select(c => c.Id == "IA2" ? c with { Minutes = 70 } : c)] };

        Only(instance, "$.needs[2].items", "N3", "130 minutes", "maxVisitMinutes 120");
    }

    [Fact]
    public void Validate_CountsRepeatedItemOnce_WhenSummingNeedMinutes()
    {
        var few = Tiny.WithNeed("N3", n => n with { Items = ["IA1", "IA1", "IA2"] });
        var many = Tiny.WithNeed("N3", n => n with { Items = [.. Enumerable.Repeat("IA1", 12), "IA2"] });

        Assert.Empty(InstanceValidator.Validate(few));
        Assert.Empty(InstanceValidator.Validate(many));
    }

    [Fact]
    public void Validate_ReportsCreditTier_WhenNotGreenYellowOrRed()
    {
        Only(WithEnterprise("E2", e => e with { CreditTier = "blue" }), "$.enterprises[1].creditTier", "E2", "'blue'");
    }

    [Theory]
    [InlineData(90.5, 120.0, "lat")]
    [InlineData(-91.0, 120.0, "lat")]
    [InlineData(30.0, 180.5, "lon")]
    [InlineData(30.0, double.NaN, "lon")]
    public void Validate_ReportsEnterpriseLocation_WhenOutOfRange(double lat, double lon, string field)
    {
        Only(WithEnterprise("E1", e => e with { Location = new GeoPoint(lat, lon) }), $"$.enterprises[0].location.{field}", "E1");
    }

    [Fact]
    public void Validate_ReportsTownshipLocation_WhenLatitudeOutOfRange()
    {
        var instance = Tiny with { Townships = [.. Tiny.Townships.Select(t => t.Id == "T2" ? t with { Location = new GeoPoint(95, 0) } : t)] };

        Only(instance, "$.townships[1].location.lat", "T2", "95");
    }

    [Fact]
    public void Validate_ReportsEveryProblem_WhenThereAreMany()
    {
        var instance = (Tiny with { FormatVersion = 3 })
            .WithNeed("N1", n => n with { TimesPerYear = 0 })
            .WithNeed("N2", n => n with { Months = [13] })
            .WithNeed("N4", n => n with { Enterprise = "nowhere" })
            .WithRules(r => r with { TravelKmh = 0 });

        var paths = InstanceValidator.Validate(instance).Select(e => e.Path).ToList();

        Assert.Superset(
            new HashSet<string> { "$.formatVersion", "$.needs[0].timesPerYear", "$.needs[1].months[0]", "$.needs[3].enterprise", "$.rules.travelKmh" },
            paths.ToHashSet());
    }

    private static Instance WithEnterprise(string id, Func<Enterprise, Enterprise> edit) =>
        Tiny with { Enterprises = [.. Tiny.Enterprises.Select(e => e.Id == id ? edit(e) : e)] };
}

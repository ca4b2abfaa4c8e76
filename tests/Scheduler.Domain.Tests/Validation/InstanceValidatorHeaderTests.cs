using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;
using Scheduler.Domain.Tests.TestData;
using static Scheduler.Domain.Tests.Validation.ValidationAssert;

namespace Scheduler.Domain.Tests.Validation;

public sealed class InstanceValidatorHeaderTests
{
    private static readonly Instance Tiny = TinyCounty.Instance();

    [Fact]
    public void Validate_ReportsNothing_WhenInstanceIsSound()
    {
        Assert.Empty(InstanceValidator.Validate(Tiny));
    }

    [Fact]
    public void Validate_ReportsFormatVersion_WhenItIsNotOne()
    {
        Only(Tiny with { FormatVersion = 2 }, "$.formatVersion", "formatVersion is 2");
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Validate_ReportsYear_WhenOutside2000To2100(int year)
    {
        Has(Tiny with { Year = year }, "$.year", $"{year}", "2000-2100");
    }

    [Theory]
    [InlineData("33022")]
    [InlineData("33022A")]
    [InlineData("3302250")]
    public void Validate_ReportsCountyCode_WhenNotSixDigits(string county)
    {
        Only(Tiny with { CountyCode = county }, "$.countyCode", county, "six-digit");
    }

    [Fact]
    public void Validate_AcceptsCountyCode_WhenSixDigits()
    {
        Assert.Empty(InstanceValidator.Validate(Tiny with { CountyCode = "330225" }));
    }

    [Fact]
    public void Validate_ReportsHoliday_WhenOutsidePlanYear()
    {
        var instance = Tiny with { Calendar = Tiny.Calendar with { Holidays = [new DateOnly(2027, 5, 1), new DateOnly(2026, 12, 31)] } };

        Only(instance, "$.calendar.holidays[1]", "2026-12-31", "2027");
    }

    [Fact]
    public void Validate_ReportsExtraWorkday_WhenOutsidePlanYear()
    {
        var instance = Tiny with { Calendar = Tiny.Calendar with { ExtraWorkdays = [new DateOnly(2028, 1, 8)] } };

        Only(instance, "$.calendar.extraWorkdays[0]", "2028-01-08");
    }

    [Fact]
    public void Validate_ReportsDate_WhenBothHolidayAndExtraWorkday()
    {
        var instance = Tiny with { Calendar = Tiny.Calendar with { ExtraWorkdays = [new DateOnly(2027, 3, 9)] } };

        Only(instance, "$.calendar.extraWorkdays[0]", "2027-03-09", "both a holiday and an extra workday");
    }

    [Fact]
    public void Validate_ReportsJointWeekdays_WhenListIsEmpty()
    {
        Only(Tiny with { Calendar = Tiny.Calendar with { JointWeekdays = [] } }, "$.calendar.jointWeekdays", "empty");
    }

    [Fact]
    public void Validate_ReportsJointWeekday_WhenNotAWeekday()
    {
        var instance = Tiny with { Calendar = Tiny.Calendar with { JointWeekdays = [DayOfWeek.Tuesday, (DayOfWeek)9] } };

        Only(instance, "$.calendar.jointWeekdays[1]", "9");
    }

    [Fact]
    public void Validate_ReportsCalendar_WhenNull()
    {
        Only(Tiny with { Calendar = null! }, "$.calendar", "null");
    }
}

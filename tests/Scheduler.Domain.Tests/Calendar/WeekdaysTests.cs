using Scheduler.Domain.Calendar;

namespace Scheduler.Domain.Tests.Calendar;

/// <summary>Weekday names as counties write them, read the same on every machine.</summary>
public sealed class WeekdaysTests
{
    [Theory]
    [InlineData("星期四", DayOfWeek.Thursday)]
    [InlineData("周四", DayOfWeek.Thursday)]
    [InlineData("Thursday", DayOfWeek.Thursday)]
    [InlineData(" thursday ", DayOfWeek.Thursday)]
    [InlineData("THU", DayOfWeek.Thursday)]
    [InlineData("4", DayOfWeek.Thursday)]
    [InlineData("7", DayOfWeek.Sunday)]
    [InlineData("星期天", DayOfWeek.Sunday)]
    [InlineData("周日", DayOfWeek.Sunday)]
    public void Parse_ReadsChineseEnglishAndNumberedNames(string text, DayOfWeek day) => Assert.Equal(day, Weekdays.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("8")]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("Thurs")]
    [InlineData("YJGL")]
    public void Parse_GivesNullForAnythingElse(string? text) => Assert.Null(Weekdays.Parse(text));

    [Fact]
    public void IsWorkday_IsMondayToFriday() =>
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            Enum.GetValues<DayOfWeek>().Where(Weekdays.IsWorkday).OrderBy(d => d));
}

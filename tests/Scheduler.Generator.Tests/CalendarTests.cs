namespace Scheduler.Generator.Tests;

public class CalendarTests
{
    [Fact]
    public void Calendar_HasThePublishedHolidaysAndMakeUpDays_When2026()
    {
        var calendar = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 20, Year = 2026 }).Instance.Calendar;

        Assert.Equal([DayOfWeek.Tuesday], calendar.JointWeekdays);
        Assert.Equal(33, calendar.Holidays.Count);
        Assert.Contains(new DateOnly(2026, 2, 15), calendar.Holidays);
        Assert.Contains(new DateOnly(2026, 2, 23), calendar.Holidays);
        Assert.Contains(new DateOnly(2026, 6, 19), calendar.Holidays);
        Assert.Contains(new DateOnly(2026, 9, 25), calendar.Holidays);
        Assert.DoesNotContain(new DateOnly(2026, 2, 24), calendar.Holidays);
        Assert.Equal(
            [new DateOnly(2026, 1, 4), new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 28), new DateOnly(2026, 5, 9), new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 10)],
            calendar.ExtraWorkdays);
        Assert.All(calendar.ExtraWorkdays, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    [Fact]
    public void Calendar_HasOnlyFixedDateHolidays_WhenOtherYear()
    {
        var calendar = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 20, Year = 2027 }).Instance.Calendar;

        DateOnly[] expected = [new(2027, 1, 1), new(2027, 5, 1), new(2027, 5, 2), new(2027, 5, 3), new(2027, 5, 4), new(2027, 5, 5),
            new(2027, 10, 1), new(2027, 10, 2), new(2027, 10, 3), new(2027, 10, 4), new(2027, 10, 5), new(2027, 10, 6), new(2027, 10, 7)];
        Assert.Equal(expected, calendar.Holidays);
        Assert.Empty(calendar.ExtraWorkdays);
    }
}

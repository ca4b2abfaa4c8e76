using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Tests.TestData;

namespace Scheduler.Domain.Tests.Calendar;

public sealed class WorkCalendarTests
{
    // Tiny county, 2027: 2 March is a Tuesday, 9 March (Tuesday) a holiday, Saturday 13 March an extra workday.
    private static readonly WorkCalendar Tiny = WorkCalendar.For(TinyCounty.Instance());

    [Theory]
    [InlineData(2027, 3, 1, true)]   // Monday
    [InlineData(2027, 3, 5, true)]   // Friday
    [InlineData(2027, 3, 6, false)]  // Saturday
    [InlineData(2027, 3, 7, false)]  // Sunday
    [InlineData(2027, 3, 9, false)]  // holiday
    [InlineData(2027, 3, 13, true)]  // extra workday on a Saturday
    [InlineData(2027, 1, 1, false)]  // New Year, a Friday holiday
    [InlineData(2026, 12, 29, false)] // a Tuesday of another year
    public void IsWorkingDay_FollowsWeekdaysHolidaysAndExtraWorkdays_WhenAsked(int y, int m, int d, bool expected)
    {
        Assert.Equal(expected, Tiny.IsWorkingDay(new DateOnly(y, m, d)));
    }

    [Theory]
    [InlineData(2, true)]   // Tuesday
    [InlineData(9, false)]  // Tuesday, but a holiday
    [InlineData(3, false)]  // Wednesday
    [InlineData(13, false)] // extra workday, a Saturday
    public void IsJointDay_NeedsWorkingJointWeekday_WhenAsked(int day, bool expected)
    {
        Assert.Equal(expected, Tiny.IsJointDay(new DateOnly(2027, 3, day)));
    }

    [Fact]
    public void WorkingDays_ListsMonthInOrder_WhenMonthHasHolidayAndExtraWorkday()
    {
        var days = Tiny.WorkingDays(3);

        // 23 weekdays, less the 9th, plus Saturday the 13th.
        Assert.Equal(23, days.Count);
        Assert.DoesNotContain(new DateOnly(2027, 3, 9), days);
        Assert.Contains(new DateOnly(2027, 3, 13), days);
        Assert.Equal(days.Order(), days);
    }

    [Fact]
    public void JointDays_ListsWorkingTuesdays_WhenJointWeekdayIsTuesday()
    {
        Assert.Equal([2, 16, 23, 30], Tiny.JointDays(3).Select(d => d.Day));
    }

    [Fact]
    public void JointDays_IncludesExtraWorkday_WhenItsWeekdayIsJoint()
    {
        var calendar = new WorkCalendar(2027, new PlanningCalendar
        {
            JointWeekdays = [DayOfWeek.Saturday, DayOfWeek.Thursday],
            ExtraWorkdays = [new DateOnly(2027, 3, 13)],
        });

        Assert.Equal([4, 11, 13, 18, 25], calendar.JointDays(3).Select(d => d.Day));
    }

    [Fact]
    public void JointDays_FallsBackToTuesday_WhenJointWeekdaysIsEmpty()
    {
        var calendar = new WorkCalendar(2027, new PlanningCalendar { JointWeekdays = [] });

        Assert.Equal([2, 9, 16, 23, 30], calendar.JointDays(3).Select(d => d.Day));
    }

    [Fact]
    public void WorkingDays_CountsWholeYear_WhenThereAreNoHolidays()
    {
        var calendar = new WorkCalendar(2027, new PlanningCalendar());

        Assert.Equal(261, Enumerable.Range(1, 12).Sum(m => calendar.WorkingDays(m).Count));
        Assert.Equal(52, Enumerable.Range(1, 12).Sum(m => calendar.JointDays(m).Count));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void WorkingDays_Throws_WhenMonthIsOutside1To12(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tiny.WorkingDays(month));
    }
}

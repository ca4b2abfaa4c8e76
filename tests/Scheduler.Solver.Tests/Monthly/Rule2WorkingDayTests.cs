using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>
/// §3 rule 2: a team-day falls in the month on a working day (Mon–Fri not a holiday, or an extra workday, 调休);
/// a team-day with a visit of two or more departments falls on a joint weekday (周二联合检查). March 2027 starts on a Monday.
/// </summary>
public sealed class Rule2WorkingDayTests
{
    private static readonly AnnualPlan Annual = TinyPlan.Of(
        TinyPlan.Visit("V1", "E1", 3, "N1#1", "N2#1"),
        TinyPlan.Visit("V2", "E2", 3, "N3#1")).Build();

    /// <summary>E1: a joint D1+D2 visit (V1); E2: a D1-only visit (V2); two officers of each department.</summary>
    private static TinyInstance County(IReadOnlyList<DateOnly>? d1Unavailable = null) => TinyInstance.Create()
        .Need("N1", "D1", "E1")
        .Need("N2", "D2", "E1")
        .Need("N3", "D1", "E2")
        .Inspector("A1", "D1", unavailable: d1Unavailable)
        .Inspector("A2", "D1", unavailable: d1Unavailable)
        .Inspectors("D2", 2);

    private static readonly DateOnly[] WeekdaysOfMarch =
        Enumerable.Range(1, 31).Select(d => new DateOnly(2027, 3, d)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToArray();

    [Fact]
    public void Plan_PutsTheJointVisitOnATuesdayInMarch_WhenTheCalendarIsDefault()
    {
        var instance = County().Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        var day = MonthView.DayOf(march, "V1");
        Assert.Equal(DayOfWeek.Tuesday, day.Date.DayOfWeek);
        Assert.All(march.TeamDays, t => Assert.Equal((2027, 3), (t.Date.Year, t.Date.Month)));
        Assert.All(march.TeamDays, t => Assert.True(t.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{t.Id} on {t.Date}"));
    }

    [Fact]
    public void Plan_PutsASingleDepartmentVisitOnAMonday_WhenMondayIsTheOnlyDayItsOfficersHave()
    {
        var monday = new DateOnly(2027, 3, 8);
        var instance = County(MonthView.AllDaysOfMarchExcept(monday)).Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V2", "E2", 3, "N3#1")).Unassigned("N1#1", "test").Unassigned("N2#1", "test").Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Equal(monday, MonthView.DayOf(march, "V2").Date);
    }

    [Fact]
    public void Plan_PutsTheJointVisitOnAThursday_WhenThursdayIsTheJointWeekday()
    {
        var instance = County().JointWeekdays(DayOfWeek.Thursday).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        Assert.Equal(DayOfWeek.Thursday, MonthView.DayOf(march, "V1").Date.DayOfWeek);
    }

    [Fact]
    public void Plan_UsesTheOnlyTuesdayThatIsNoHoliday_WhenTheOtherTuesdaysAreHolidays()
    {
        var open = new DateOnly(2027, 3, 23);
        var instance = County().Holidays([.. MonthView.MarchDays(DayOfWeek.Tuesday).Where(d => d != open)]).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        Assert.Equal(open, MonthView.DayOf(march, "V1").Date);
    }

    [Fact]
    public void Plan_UnschedulesTheJointVisitButNotTheSingleOne_WhenEveryTuesdayIsAHoliday()
    {
        var instance = County().Holidays([.. MonthView.MarchDays(DayOfWeek.Tuesday)]).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        Assert.False(string.IsNullOrWhiteSpace(MonthView.ReasonOf(march, "V1")));
        var single = MonthView.DayOf(march, "V2");
        Assert.NotEqual(DayOfWeek.Tuesday, single.Date.DayOfWeek);
    }

    [Fact]
    public void Plan_UsesTheOnlyWeekdayThatIsNoHoliday_WhenEveryOtherWeekdayIsAHoliday()
    {
        var open = new DateOnly(2027, 3, 18);
        var instance = County().Holidays([.. WeekdaysOfMarch.Where(d => d != open)]).Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V2", "E2", 3, "N3#1")).Unassigned("N1#1", "test").Unassigned("N2#1", "test").Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Equal(open, MonthView.DayOf(march, "V2").Date);
    }

    [Fact]
    public void Plan_UsesTheExtraWorkday_WhenEveryWeekdayIsAHolidayAndASaturdayIsWorked()
    {
        var saturday = new DateOnly(2027, 3, 13);
        var instance = County().Holidays(WeekdaysOfMarch).ExtraWorkdays(saturday).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        Assert.Equal(saturday, MonthView.DayOf(march, "V2").Date);
        // A Saturday is no joint weekday: the joint visit has no day at all.
        Assert.False(string.IsNullOrWhiteSpace(MonthView.ReasonOf(march, "V1")));
    }

    [Fact]
    public void Plan_PutsTheJointVisitOnAnExtraWorkday_WhenThatWeekdayIsAJointWeekday()
    {
        var saturday = new DateOnly(2027, 3, 13);
        var instance = County().Holidays(WeekdaysOfMarch).ExtraWorkdays(saturday).JointWeekdays(DayOfWeek.Tuesday, DayOfWeek.Saturday).Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "N1#1", "N2#1")).Unassigned("N3#1", "test").Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Equal(saturday, MonthView.DayOf(march, "V1").Date);
    }

    [SkippableFact]
    public void Plan_PassesPythonValidatorWithTheSameFigures_WhenHolidaysAndAnExtraWorkdayBind()
    {
        Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason);
        var instance = County().Holidays(WeekdaysOfMarch).ExtraWorkdays(new DateOnly(2027, 3, 13)).Build();

        var march = MonthlyPlanning.RunValid(instance, Annual, 3);

        MonthAssert.PythonAgrees(instance, Annual, march);
    }
}

using Scheduler.Domain.Calendar;
using Scheduler.Domain.Staffing;
using Scheduler.Domain.Tests.TestData;

namespace Scheduler.Domain.Tests.Staffing;

/// <summary>The lower bound on the staffing price from joint visits that no team can carry, on TinyCounty.</summary>
public sealed class JointVisitBoundTests
{
    /// <summary>Joint weekdays of TinyCounty's year: D's two county-level officers (no leave) make one team on each.</summary>
    private static int JointDays() => Enumerable.Range(1, 12).Sum(m => WorkCalendar.For(TinyCounty.Instance()).JointDays(m).Count);

    [Fact]
    public void Of_IsZero_WhenEveryDepartmentsTeamsCarryItsJointVisits()
    {
        Assert.Equal(0, JointVisitBound.Of(TinyCounty.Instance(), TinyCounty.ValidPlan()));
    }

    [Fact]
    public void Of_CountsTheJointVisitsBeyondFourATeamDay()
    {
        // D and E (two officers each, one team a joint day) share 6 joint visits more than 4 a team-day allow: each of
        // the 6 must lose D or E, or be split into two single visits (relieving both), so at least 6 extra visits.
        int capacity = 4 * JointDays();
        var visits = Enumerable.Range(1, capacity + 6).Select(k => TinyCounty.Visit($"X{k}", "E3", 1 + k % 12, ("N9", 1), ("N10", 1))).ToList();

        Assert.Equal(6, JointVisitBound.Of(TinyCounty.Instance(), TinyCounty.ValidPlan() with { Visits = visits }));
    }

    [Fact]
    public void Of_CountsTheLongestJointVisitsBeyondTheTeamDaysMinutes()
    {
        // C+D visits of 90 minutes on site: 6 fit a team-day by count, only 5 by 480 minutes (5.33).
        var instance = TinyCounty.Instance() with { Rules = TinyCounty.Instance().Rules with { MaxVisitsPerTeamDay = 6 } };
        int fit = 480 * JointDays() / 90;
        var visits = Enumerable.Range(1, fit + 8).Select(k => TinyCounty.Visit($"X{k}", "E3", 1 + k % 12, ("N11", 1), ("N9", 1))).ToList();

        Assert.Equal(8, JointVisitBound.Of(instance, TinyCounty.ValidPlan() with { Visits = visits }));
    }

    [Fact]
    public void Of_CountsOnlyTheJointDaysOfTheMonthsAJointVisitsChecksAllow()
    {
        // D's check N9 is due in January only: its joint visits with E get January's team-days of D, not the year's.
        var instance = TinyCounty.Instance();
        instance = instance with { Needs = [.. instance.Needs.Select(n => n.Id == "N9" ? n with { Months = [1] } : n)] };
        int january = 4 * WorkCalendar.For(instance).JointDays(1).Count;
        var visits = Enumerable.Range(1, january + 3).Select(k => TinyCounty.Visit($"X{k}", "E3", 1, ("N9", 1), ("N10", 1))).ToList();

        Assert.Equal(3, JointVisitBound.Of(instance, TinyCounty.ValidPlan() with { Visits = visits }));
    }

    [Fact]
    public void Of_AddsTheExcessOfDepartmentsThatShareNoJointVisit()
    {
        // D and E are each 6 joint visits over their team-days, D's with A and E's with A, and A (twenty more officers)
        // has room: no split relieves both D and E, so each of the 12 costs a visit of its own.
        var instance = TinyCounty.Instance();
        instance = instance with
        {
            Inspectors = [.. instance.Inspectors, .. Enumerable.Range(1, 20).Select(i => new Domain.Model.Inspector { Id = $"OAX{i}", Name = $"A{i}", Department = "A" })],
        };
        int capacity = 4 * JointDays();
        var visits = Enumerable.Range(1, capacity + 6).Select(k => TinyCounty.Visit($"X{k}", "E3", 1 + k % 12, ("N9", 1), ("N12", 1)))
            .Concat(Enumerable.Range(1, capacity + 6).Select(k => TinyCounty.Visit($"Y{k}", "E3", 1 + k % 12, ("N10", 1), ("N12", 1)))).ToList();

        Assert.Equal(12, JointVisitBound.Of(instance, TinyCounty.ValidPlan() with { Visits = visits }));
    }

    [Fact]
    public void Of_IgnoresSingleDepartmentVisits()
    {
        var visits = Enumerable.Range(1, 1000).Select(k => TinyCounty.Visit($"X{k}", "E3", 1 + k % 12, ("N9", 1))).ToList();

        Assert.Equal(0, JointVisitBound.Of(TinyCounty.Instance(), TinyCounty.ValidPlan() with { Visits = visits }));
    }
}

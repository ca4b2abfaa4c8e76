using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Tests.Monthly.Support;

/// <summary>Small read-only questions tests ask about a monthly plan.</summary>
public static class MonthView
{
    /// <summary>The team-day that makes the visit (the test fails when there is none).</summary>
    public static TeamDay DayOf(MonthlyPlan month, string visit)
    {
        var day = month.TeamDays.SingleOrDefault(t => t.Visits.Contains(visit));
        Assert.True(day is not null, $"visit {visit} is in no team-day" + MonthAssert.Describe(month));
        return day!;
    }

    /// <summary>The reason the visit is unscheduled (the test fails when it is scheduled).</summary>
    public static string ReasonOf(MonthlyPlan month, string visit)
    {
        var entry = month.Unscheduled.SingleOrDefault(u => u.Visit == visit);
        Assert.True(entry is not null, $"visit {visit} is not unscheduled" + MonthAssert.Describe(month));
        return entry!.Reason;
    }

    /// <summary>How many of the team-day's officers belong to the department.</summary>
    public static int OfficersOf(Instance instance, TeamDay day, string department) =>
        day.Inspectors.Distinct().Count(id => instance.Inspectors.Single(i => i.Id == id).Department == department);

    /// <summary>Every date of March 2027 except <paramref name="keep"/>: an unavailable list that leaves only those days.</summary>
    public static IReadOnlyList<DateOnly> AllDaysOfMarchExcept(params DateOnly[] keep) =>
        Enumerable.Range(1, 31).Select(d => new DateOnly(2027, 3, d)).Where(d => !keep.Contains(d)).ToArray();

    /// <summary>The dates of March 2027 that fall on the weekday (March 1 is a Monday).</summary>
    public static IReadOnlyList<DateOnly> MarchDays(DayOfWeek weekday) =>
        Enumerable.Range(1, 31).Select(d => new DateOnly(2027, 3, d)).Where(d => d.DayOfWeek == weekday).ToArray();
}

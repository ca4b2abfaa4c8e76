using Scheduler.Domain.Model;

namespace Scheduler.Generator.Building;

/// <summary>Working days and joint-inspection days of each month of a year under a calendar.</summary>
internal sealed class WorkingDays
{
    private readonly List<DateOnly> _all = [];

    public WorkingDays(int year, PlanningCalendar calendar)
    {
        var holidays = calendar.Holidays.ToHashSet();
        var extra = calendar.ExtraWorkdays.ToHashSet();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            var weekday = d.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Friday;
            if (!(weekday && !holidays.Contains(d)) && !extra.Contains(d)) continue;
            _all.Add(d);
            Work[d.Month - 1]++;
            if (calendar.JointWeekdays.Contains(d.DayOfWeek)) Joint[d.Month - 1]++;
        }
    }

    /// <summary>Working days per month (index month − 1).</summary>
    public int[] Work { get; } = new int[12];

    /// <summary>Working days that are joint weekdays, per month (index month − 1).</summary>
    public int[] Joint { get; } = new int[12];

    /// <summary>All working days of the year, in order.</summary>
    public IReadOnlyList<DateOnly> All => _all;
}

namespace Scheduler.Domain.Model;

/// <summary>The instance's calendar: joint weekdays, public holidays and make-up working days (调休).</summary>
public sealed record PlanningCalendar
{
    /// <summary>Days on which multi-department visits may take place; the spec's default is Tuesday (周二联合检查).</summary>
    public IReadOnlyList<DayOfWeek> JointWeekdays { get; init; } = [DayOfWeek.Tuesday];

    /// <summary>Public holidays: no visits.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    /// <summary>Weekend days that are working days.</summary>
    public IReadOnlyList<DateOnly> ExtraWorkdays { get; init; } = [];
}

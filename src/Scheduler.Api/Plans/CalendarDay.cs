namespace Scheduler.Api.Plans;

/// <summary>One day of a month calendar: working day or not, joint weekday or not, a listed holiday, and its team-days.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, bool IsJointDay, bool IsHoliday, IReadOnlyList<TeamDayRoute> TeamDays);

using Scheduler.Domain.Model;

namespace Scheduler.Domain.Calendar;

/// <summary>
/// The working days and joint days of a plan year, as ../shared/tools/validate_plan.py reads the instance calendar:
/// a working day is Monday–Friday and not a holiday, or an extra workday (an extra workday wins over a holiday);
/// a joint day is a working day whose weekday is a joint weekday. An empty joint-weekday list means the default, Tuesday.
/// Dates outside the plan year are neither.
/// </summary>
public sealed class WorkCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _extraWorkdays;
    private readonly HashSet<DayOfWeek> _jointWeekdays;
    private readonly DateOnly[][] _workingByMonth = new DateOnly[13][];
    private readonly DateOnly[][] _jointByMonth = new DateOnly[13][];

    public WorkCalendar(int year, PlanningCalendar? calendar)
    {
        Year = year;
        _holidays = [.. calendar?.Holidays ?? []];
        _extraWorkdays = [.. calendar?.ExtraWorkdays ?? []];
        var joint = calendar?.JointWeekdays ?? [];
        _jointWeekdays = joint.Count == 0 ? [DayOfWeek.Tuesday] : [.. joint];
        for (var month = 1; month <= 12; month++)
        {
            var working = new List<DateOnly>(23);
            var jointDays = new List<DateOnly>(5);
            if (year is >= 1 and <= 9999)
            {
                for (var day = 1; day <= DateTime.DaysInMonth(year, month); day++)
                {
                    var date = new DateOnly(year, month, day);
                    if (!IsWorkingDay(date)) continue;
                    working.Add(date);
                    if (_jointWeekdays.Contains(date.DayOfWeek)) jointDays.Add(date);
                }
            }
            _workingByMonth[month] = [.. working];
            _jointByMonth[month] = [.. jointDays];
        }
    }

    /// <summary>The calendar of an instance's plan year.</summary>
    public static WorkCalendar For(Instance instance) => new(instance.Year, instance.Calendar);

    public int Year { get; }

    /// <summary>The weekdays on which multi-department visits may take place.</summary>
    public IReadOnlySet<DayOfWeek> JointWeekdays => _jointWeekdays;

    public bool IsWorkingDay(DateOnly date)
    {
        if (date.Year != Year) return false;
        if (_extraWorkdays.Contains(date)) return true;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);
    }

    public bool IsJointDay(DateOnly date) => IsWorkingDay(date) && _jointWeekdays.Contains(date.DayOfWeek);

    /// <summary>The working days of <paramref name="month"/> (1–12) of the plan year, in date order.</summary>
    public IReadOnlyList<DateOnly> WorkingDays(int month) => _workingByMonth[CheckMonth(month)];

    /// <summary>The joint days of <paramref name="month"/> (1–12) of the plan year, in date order.</summary>
    public IReadOnlyList<DateOnly> JointDays(int month) => _jointByMonth[CheckMonth(month)];

    private static int CheckMonth(int month) =>
        month is >= 1 and <= 12 ? month : throw new ArgumentOutOfRangeException(nameof(month), month, "a month is 1-12");
}

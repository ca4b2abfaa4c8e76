using Scheduler.Domain.Model;

namespace Scheduler.Generator.Catalog;

/// <summary>Public holidays and make-up working days (调休) of mainland China.</summary>
internal static class ChineseHolidays
{
    /// <summary>2026 is the State Council's published schedule. Other years get only the fixed-date holidays
    /// (New Year's Day, May 1–5, October 1–7) and no make-up days: the lunar holidays and the make-up
    /// days are announced each year and are not computed here. Holidays on weekends stay listed.</summary>
    public static PlanningCalendar For(int year)
    {
        if (year == 2026)
        {
            return new PlanningCalendar
            {
                JointWeekdays = [DayOfWeek.Tuesday],
                Holidays =
                [
                    .. Days(2026, 1, 1, 3),   // 元旦
                    .. Days(2026, 2, 15, 23), // 春节
                    .. Days(2026, 4, 4, 6),   // 清明节
                    .. Days(2026, 5, 1, 5),   // 劳动节
                    .. Days(2026, 6, 19, 21), // 端午节
                    .. Days(2026, 9, 25, 27), // 中秋节
                    .. Days(2026, 10, 1, 7),  // 国庆节
                ],
                ExtraWorkdays =
                [
                    new DateOnly(2026, 1, 4),
                    new DateOnly(2026, 2, 14),
                    new DateOnly(2026, 2, 28),
                    new DateOnly(2026, 5, 9),
                    new DateOnly(2026, 9, 20),
                    new DateOnly(2026, 10, 10),
                ],
            };
        }
        return new PlanningCalendar
        {
            JointWeekdays = [DayOfWeek.Tuesday],
            Holidays = [new DateOnly(year, 1, 1), .. Days(year, 5, 1, 5), .. Days(year, 10, 1, 7)],
            ExtraWorkdays = [],
        };
    }

    private static IEnumerable<DateOnly> Days(int year, int month, int first, int last)
    {
        for (var d = first; d <= last; d++) yield return new DateOnly(year, month, d);
    }
}

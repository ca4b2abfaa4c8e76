namespace Scheduler.Export.Internal;

/// <summary>Dates as county staff write them: "2026-03-03 周二". Spelled out here, not taken from a culture, so the output is the same on every machine.</summary>
internal static class ChineseDates
{
    private static readonly string[] Weekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    public static string WithWeekday(DateOnly date) => $"{date:yyyy-MM-dd} {Weekday(date)}";

    /// <summary>"2026-03", the month part of export file names.</summary>
    public static string YearMonth(int year, int month) => $"{year:D4}-{month:D2}";
}

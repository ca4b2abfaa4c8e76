using System.Globalization;
using Scheduler.Api.Shared;

namespace Scheduler.Api.Plans;

/// <summary>Month and weekday names for the plan pages, in the current language (Chinese first).</summary>
public static class PlanText
{
    private static readonly string[] ChineseWeekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    /// <summary>"3月" or "Mar".</summary>
    public static string Month(int month) =>
        month is < 1 or > 12 ? month.ToString(CultureInfo.InvariantCulture)
        : Ui.T($"{month}月", CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[month - 1]);

    /// <summary>"2027年3月" or "March 2027".</summary>
    public static string MonthOfYear(int year, int month) =>
        Ui.T($"{year}年{month}月", $"{CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[Math.Clamp(month, 1, 12) - 1]} {year}");

    /// <summary>"周二" or "Tue".</summary>
    public static string Weekday(DayOfWeek day) =>
        Ui.T(ChineseWeekdays[(int)day], CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames[(int)day]);

    /// <summary>"3月2日 周二" or "Tue 2 Mar".</summary>
    public static string Date(DateOnly date) =>
        Ui.T($"{date.Month}月{date.Day}日 {Weekday(date.DayOfWeek)}", $"{Weekday(date.DayOfWeek)} {date.Day} {Month(date.Month)}");

    /// <summary>Whole minutes, e.g. "35 分钟" / "35 min".</summary>
    public static string Minutes(double minutes)
    {
        var rounded = Math.Round(minutes).ToString("0", CultureInfo.InvariantCulture);
        return Ui.T($"{rounded} 分钟", $"{rounded} min");
    }
}

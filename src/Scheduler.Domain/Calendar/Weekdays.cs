using System.Globalization;

namespace Scheduler.Domain.Calendar;

/// <summary>
/// Weekday names as counties write them: 星期二, 周二, Tuesday, Tue (any case) or 2 (Monday = 1, Sunday = 7). Spelled out
/// here, not taken from a culture, so a name reads the same on every machine.
/// </summary>
public static class Weekdays
{
    /// <summary>星期日 … 星期六, indexed by <see cref="DayOfWeek"/>.</summary>
    public static IReadOnlyList<string> ChineseNames { get; } = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>The day <paramref name="text"/> names; null when it names none.</summary>
    public static DayOfWeek? Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0) return null;
        for (var i = 0; i < 7; i++)
        {
            var day = (DayOfWeek)i;
            var english = day.ToString();
            if (value == ChineseNames[i] || value == "周" + ChineseNames[i][2..]
                || string.Equals(value, english, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, english[..3], StringComparison.OrdinalIgnoreCase))
                return day;
        }
        if (value is "星期天" or "周天") return DayOfWeek.Sunday;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 7 ? (DayOfWeek)(n % 7) : null;
    }

    /// <summary>Monday to Friday.</summary>
    public static bool IsWorkday(DayOfWeek day) => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}

namespace Scheduler.Domain.Validation;

/// <summary>A set of months 1–12 as a bit mask (bit m set = month m in the set); out-of-range months are left out.</summary>
internal static class MonthSet
{
    public const int All = 0b1_1111_1111_1110;

    public static bool IsMonth(int month) => month is >= 1 and <= 12;

    public static int Of(IEnumerable<int>? months)
    {
        var mask = 0;
        if (months is null) return mask;
        foreach (var m in months)
        {
            if (IsMonth(m)) mask |= 1 << m;
        }
        return mask;
    }

    public static bool Contains(int mask, int month) => IsMonth(month) && (mask & (1 << month)) != 0;

    public static string Describe(int mask)
    {
        var months = new List<int>(12);
        for (var m = 1; m <= 12; m++)
        {
            if (Contains(mask, m)) months.Add(m);
        }
        return string.Join(", ", months);
    }
}

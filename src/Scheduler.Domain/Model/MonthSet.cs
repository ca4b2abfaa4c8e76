using System.Numerics;

namespace Scheduler.Domain.Model;

/// <summary>
/// A set of months 1–12 as a 12-bit mask: bit (m − 1) set means month m is in the set. The one month set of the
/// code base (validation, checking, generator and solver all use it); months outside 1–12 are never in a set.
/// </summary>
public static class MonthSet
{
    /// <summary>Every month, January to December.</summary>
    public const int All = 0xFFF;

    public static bool IsMonth(int month) => month is >= 1 and <= 12;

    /// <summary>The set of the given months; months outside 1–12 are left out.</summary>
    public static int Of(IEnumerable<int>? months)
    {
        var mask = 0;
        foreach (var m in months ?? [])
        {
            if (IsMonth(m)) mask |= Bit(m);
        }
        return mask;
    }

    public static int Of(params int[] months) => Of((IEnumerable<int>)months);

    /// <summary>Months <paramref name="from"/>..<paramref name="to"/>, both inclusive.</summary>
    public static int Range(int from, int to) => Of(Enumerable.Range(from, Math.Max(0, to - from + 1)));

    public static bool Contains(int mask, int month) => IsMonth(month) && (mask & Bit(month)) != 0;

    public static int Count(int mask) => BitOperations.PopCount((uint)(mask & All));

    /// <summary>The months of the set, ascending.</summary>
    public static int[] ToMonths(int mask)
    {
        var months = new int[Count(mask)];
        var k = 0;
        for (var m = 1; m <= 12; m++)
        {
            if (Contains(mask, m)) months[k++] = m;
        }
        return months;
    }

    /// <summary>
    /// The most occurrences that fit in the set with consecutive ones at least <paramref name="minGap"/> months apart (no
    /// wrap-around; a gap below 1 counts as 1). Taking the earliest month that keeps the gap each time is optimal.
    /// </summary>
    public static int MostOccurrences(int mask, int minGap)
    {
        var gap = Math.Max(1, minGap);
        int count = 0, next = 1;
        for (var m = 1; m <= 12; m++)
        {
            if (m < next || !Contains(mask, m)) continue;
            count++;
            next = m + gap;
        }
        return count;
    }

    /// <summary>"5-9", "1-4, 10-12" or "7": runs of months, for reasons a county officer reads.</summary>
    public static string Describe(int mask)
    {
        var parts = new List<string>();
        for (var m = 1; m <= 12;)
        {
            if (!Contains(mask, m)) { m++; continue; }
            var end = m;
            while (end < 12 && Contains(mask, end + 1)) end++;
            parts.Add(end == m ? $"{m}" : $"{m}-{end}");
            m = end + 1;
        }
        return string.Join(", ", parts);
    }

    /// <summary>The same runs for a list of months (duplicates and months outside 1–12 left out).</summary>
    public static string Describe(IEnumerable<int> months) => Describe(Of(months));

    /// <summary>"1, 2, 3": every month of the set, one by one, as the instance validator lists them.</summary>
    public static string List(int mask) => string.Join(", ", ToMonths(mask));

    private static int Bit(int month) => 1 << (month - 1);
}

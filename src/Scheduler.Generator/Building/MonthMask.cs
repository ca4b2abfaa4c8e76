namespace Scheduler.Generator.Building;

/// <summary>Sets of months as 12-bit masks: bit (m − 1) stands for month m.</summary>
internal static class MonthMask
{
    public const int All = 0xFFF;

    public static int Of(params int[] months)
    {
        var mask = 0;
        foreach (var m in months) mask |= 1 << (m - 1);
        return mask;
    }

    /// <summary>Months <paramref name="from"/>..<paramref name="to"/>, both inclusive.</summary>
    public static int Range(int from, int to)
    {
        var mask = 0;
        for (var m = from; m <= to; m++) mask |= 1 << (m - 1);
        return mask;
    }

    public static bool Has(int mask, int month) => (mask & (1 << (month - 1))) != 0;

    public static int Count(int mask) => System.Numerics.BitOperations.PopCount((uint)(mask & All));

    /// <summary>The most occurrences that fit the months with consecutive ones at least <paramref name="gap"/> apart
    /// (taking the earliest month each time is optimal).</summary>
    public static int MaxOccurrences(int mask, int gap)
    {
        int count = 0, last = -100;
        for (var m = 1; m <= 12; m++)
        {
            if (!Has(mask, m) || m - last < gap) continue;
            count++;
            last = m;
        }
        return count;
    }

    public static int[] ToArray(int mask)
    {
        var months = new int[Count(mask)];
        var k = 0;
        for (var m = 1; m <= 12; m++)
            if (Has(mask, m)) months[k++] = m;
        return months;
    }

    /// <summary>"5-9", "1-4, 10-12" or "7": for reasons a county officer reads.</summary>
    public static string Describe(int mask)
    {
        var parts = new List<string>();
        var m = 1;
        while (m <= 12)
        {
            if (!Has(mask, m)) { m++; continue; }
            var end = m;
            while (end < 12 && Has(mask, end + 1)) end++;
            parts.Add(end == m ? $"{m}" : $"{m}-{end}");
            m = end + 1;
        }
        return string.Join(", ", parts);
    }
}

using System.Numerics;

namespace Scheduler.Solver.Compilation;

/// <summary>Months 1–12 as a 12-bit mask: bit m-1 set means month m is in the set.</summary>
internal static class MonthSet
{
    public const int All = 0xFFF;

    public static int FromMonths(IEnumerable<int> months)
    {
        int mask = 0;
        foreach (var m in months)
            if (m is >= 1 and <= 12) mask |= 1 << (m - 1);
        return mask;
    }

    public static bool Contains(int mask, int month) => (mask & (1 << (month - 1))) != 0;

    public static int Count(int mask) => BitOperations.PopCount((uint)mask);

    public static int[] ToMonths(int mask)
    {
        var months = new int[Count(mask)];
        int k = 0;
        for (int m = 1; m <= 12; m++)
            if (Contains(mask, m)) months[k++] = m;
        return months;
    }

    /// <summary>"5–7, 10" for people.</summary>
    public static string Describe(IEnumerable<int> months)
    {
        var list = months.Distinct().Order().ToList();
        var parts = new List<string>();
        for (int i = 0; i < list.Count;)
        {
            int j = i;
            while (j + 1 < list.Count && list[j + 1] == list[j] + 1) j++;
            parts.Add(j == i ? $"{list[i]}" : $"{list[i]}-{list[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }
}

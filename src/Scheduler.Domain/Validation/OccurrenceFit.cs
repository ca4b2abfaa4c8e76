namespace Scheduler.Domain.Validation;

/// <summary>
/// How many occurrences of a need fit in the year: the most months choosable from the need's months minus the
/// enterprise's closed months with consecutive chosen months at least minGapMonths apart (no wrap-around).
/// Taking the earliest month that keeps the gap each time is optimal, so the count is exact.
/// </summary>
public static class OccurrenceFit
{
    /// <summary>The most occurrences that fit; months outside 1–12 are ignored; a gap below 1 counts as 1.</summary>
    public static int MostOccurrences(IEnumerable<int> months, IEnumerable<int> closedMonths, int minGapMonths) =>
        MostOccurrences(MonthSet.Of(months) & ~MonthSet.Of(closedMonths), minGapMonths);

    internal static int MostOccurrences(int openMask, int minGapMonths)
    {
        var gap = Math.Max(1, minGapMonths);
        var count = 0;
        var next = 1;
        for (var m = 1; m <= 12; m++)
        {
            if (m < next || !MonthSet.Contains(openMask, m)) continue;
            count++;
            next = m + gap;
        }
        return count;
    }
}

using Scheduler.Domain.Model;

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
        MonthSet.MostOccurrences(MonthSet.Of(months) & ~MonthSet.Of(closedMonths), minGapMonths);
}

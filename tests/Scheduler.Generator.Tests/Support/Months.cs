using Scheduler.Domain.Model;

namespace Scheduler.Generator.Tests.Support;

/// <summary>Month arithmetic the tests do on their own.</summary>
internal static class Months
{
    /// <summary>The need's months the enterprise is open in.</summary>
    public static List<int> Open(Need need, Enterprise enterprise) =>
        need.Months.Where(m => !enterprise.ClosedMonths.Contains(m)).Distinct().Order().ToList();

    /// <summary>The most occurrences those months hold at the need's gap (earliest-first is optimal).</summary>
    public static int MostOccurrences(IReadOnlyList<int> months, int gap)
    {
        int count = 0, last = int.MinValue / 2;
        foreach (var m in months.Order())
        {
            if (m - last < gap) continue;
            count++;
            last = m;
        }
        return count;
    }
}

namespace Scheduler.Generator.Building;

/// <summary>Largest-remainder apportionment (Hamilton) of whole seats by weight, with a floor per share.</summary>
internal static class Apportion
{
    /// <summary>Splits <paramref name="seats"/> by <paramref name="weights"/> so every share gets at least
    /// <paramref name="minimum"/> and the shares sum to <paramref name="seats"/> exactly. Shares whose quota falls below
    /// the minimum get the minimum and the rest is split again among the others; remainders go to the largest
    /// fractions, ties to the lower index. With a minimum of 0 a zero weight gets nothing (unless all weights are zero:
    /// then the seats are split evenly).</summary>
    public static int[] LargestRemainder(IReadOnlyList<double> weights, int seats, int minimum)
    {
        var n = weights.Count;
        if (seats < 0 || minimum < 0 || (long)minimum * n > seats)
            throw new ArgumentOutOfRangeException(nameof(seats), $"{seats} seats cannot give {n} shares at least {minimum} each");
        var result = new int[n];
        if (n == 0) return result;
        var floored = new bool[n];
        double[] quota;
        while (true)
        {
            quota = Quotas(weights, floored, seats - minimum * floored.Count(f => f));
            var changed = false;
            for (var i = 0; i < n; i++)
                if (!floored[i] && quota[i] < minimum) floored[i] = changed = true;
            if (!changed) break;
        }
        var left = seats;
        for (var i = 0; i < n; i++)
        {
            result[i] = floored[i] ? minimum : (int)Math.Floor(quota[i]);
            left -= result[i];
        }
        var order = Enumerable.Range(0, n)
            .Where(i => !floored[i])
            .OrderByDescending(i => quota[i] - Math.Floor(quota[i]))
            .ThenBy(i => i)
            .ToArray();
        for (var k = 0; left > 0; k = (k + 1) % order.Length, left--) result[order[k]]++;
        return result;
    }

    private static double[] Quotas(IReadOnlyList<double> weights, bool[] floored, int seats)
    {
        var quota = new double[weights.Count];
        double total = 0;
        var open = 0;
        for (var i = 0; i < weights.Count; i++)
            if (!floored[i]) { total += weights[i]; open++; }
        for (var i = 0; i < weights.Count; i++)
            if (!floored[i]) quota[i] = total > 0 ? seats * weights[i] / total : (double)seats / open;
        return quota;
    }
}

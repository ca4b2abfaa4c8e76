namespace Scheduler.Solver.Monthly;

/// <summary>Day lengths of a team-day: on-site minutes plus travel office → visits in order → office.</summary>
internal static class TeamRoute
{
    public static double DayMinutes(MonthContext ctx, string township, IReadOnlyList<MonthVisit> order)
    {
        var office = ctx.Townships[township].Location;
        double minutes = 0;
        var here = office;
        foreach (var v in order)
        {
            minutes += ctx.Travel(here, v.Location) + v.OnSite;
            here = v.Location;
        }
        return minutes + ctx.Travel(here, office);
    }

    public static double TravelMinutes(MonthContext ctx, string township, IReadOnlyList<MonthVisit> order) =>
        DayMinutes(ctx, township, order) - order.Sum(v => v.OnSite);

    /// <summary>The order that inserts <paramref name="extra"/> where it lengthens the day least.</summary>
    public static List<MonthVisit> Insert(MonthContext ctx, string township, IReadOnlyList<MonthVisit> order, MonthVisit extra)
    {
        List<MonthVisit>? best = null;
        double bestMinutes = double.MaxValue;
        for (int at = 0; at <= order.Count; at++)
        {
            var candidate = order.ToList();
            candidate.Insert(at, extra);
            double minutes = DayMinutes(ctx, township, candidate);
            if (minutes < bestMinutes) { bestMinutes = minutes; best = candidate; }
        }
        return best!;
    }

    /// <summary>The shortest order: every permutation up to 7 visits, else the given order.</summary>
    public static List<MonthVisit> Shortest(MonthContext ctx, string township, IReadOnlyList<MonthVisit> order)
    {
        if (order.Count > 7) return order.ToList();
        var best = order.ToList();
        double bestMinutes = DayMinutes(ctx, township, best);
        foreach (var perm in Permutations(order.ToList(), 0))
        {
            double minutes = DayMinutes(ctx, township, perm);
            if (minutes < bestMinutes - 1e-9) { bestMinutes = minutes; best = perm.ToList(); }
        }
        return best;
    }

    private static IEnumerable<List<MonthVisit>> Permutations(List<MonthVisit> items, int k)
    {
        if (k == items.Count) { yield return items; yield break; }
        for (int i = k; i < items.Count; i++)
        {
            (items[k], items[i]) = (items[i], items[k]);
            foreach (var p in Permutations(items, k + 1)) yield return p;
            (items[k], items[i]) = (items[i], items[k]);
        }
    }
}

namespace Scheduler.Solver.Monthly;

/// <summary>
/// Day lengths of a team-day: on-site minutes plus travel office → visits in order → office. The searches below sum a
/// route's legs in route order exactly as <see cref="DayMinutes"/> does, from travel times computed once per leg, so
/// they choose what summing each candidate route anew would, without building it.
/// </summary>
internal static class TeamRoute
{
    /// <summary>Minutes a day's sum may differ by from the same route summed otherwise (rounding): a test that a visit cannot
    /// fit because its minutes on site alone are over the day allows this much, so it skips only what the full sum would.</summary>
    public const double Slack = 1e-6;

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

    /// <summary>The order that inserts <paramref name="extra"/> where it lengthens the day least (the first such place).</summary>
    public static List<MonthVisit> Insert(MonthContext ctx, string township, IReadOnlyList<MonthVisit> order, MonthVisit extra) =>
        Inserted(order, extra, BestPlace(ctx, township, order, extra).At);

    /// <summary>
    /// <see cref="Insert"/> with the day's minutes, or null where that day is over <c>workdayMinutes</c>.
    /// <paramref name="now"/> is <see cref="DayMinutes"/> of <paramref name="order"/>: where it plus the visit's minutes on
    /// site are over the day, the route with the visit is longer still (travel obeys the triangle inequality; <see cref="Slack"/>
    /// allows for rounding), and no route is searched.
    /// </summary>
    public static (List<MonthVisit> Order, double Minutes)? InsertWithin(MonthContext ctx, string township, IReadOnlyList<MonthVisit> order, double now, MonthVisit extra) =>
        PlaceWithin(ctx, township, order, now, extra) is var (at, minutes) ? (Inserted(order, extra, at), minutes) : null;

    /// <summary><see cref="InsertWithin"/> without building the route: where the visit goes and the day's minutes then.</summary>
    public static (int At, double Minutes)? PlaceWithin(MonthContext ctx, string township, IReadOnlyList<MonthVisit> order, double now, MonthVisit extra)
    {
        if (now + extra.OnSite > ctx.Rules.WorkdayMinutes + Slack) return null;
        var (at, minutes) = BestPlace(ctx, township, order, extra);
        return minutes > ctx.Rules.WorkdayMinutes ? null : (at, minutes);
    }

    /// <summary>
    /// True where no route of <paramref name="order"/> with <paramref name="extra"/> can be within the day by the test
    /// <see cref="InsertWithin"/> makes first, from the minutes on site alone: <see cref="DayMinutes"/> adds travel, never
    /// less than nothing, to the same sum in the same order, so it is at least this one.
    /// </summary>
    public static bool OnSiteOver(MonthContext ctx, IReadOnlyList<MonthVisit> order, MonthVisit extra)
    {
        double onSite = 0;
        foreach (var v in order) onSite += v.OnSite;
        return onSite + extra.OnSite > ctx.Rules.WorkdayMinutes + Slack;
    }

    /// <summary>Whether <paramref name="v"/> can join a team-day making <paramref name="visits"/>: a visit more is allowed and the day stays within its minutes.</summary>
    public static bool Fits(MonthContext ctx, IReadOnlyList<MonthVisit> visits, MonthVisit v) =>
        visits.Count < ctx.Rules.MaxVisitsPerTeamDay && PlaceWithin(ctx, v.Township, visits, DayMinutes(ctx, v.Township, visits), v) is not null;

    /// <summary>Where <paramref name="extra"/> lengthens the day least, and the day's minutes with it there (the sum
    /// <see cref="DayMinutes"/> takes of that route).</summary>
    private static (int At, double Minutes) BestPlace(MonthContext ctx, string township, IReadOnlyList<MonthVisit> order, MonthVisit extra)
    {
        var office = ctx.Townships[township].Location;
        int k = order.Count;
        // leg[i]: travel into stop i of the route as it is (stop k is the office); into[i]: from stop i − 1 to the extra
        // visit; outOf[i]: from the extra visit to stop i.
        Span<double> leg = k < 64 ? stackalloc double[k + 1] : new double[k + 1];
        Span<double> into = k < 64 ? stackalloc double[k + 1] : new double[k + 1];
        Span<double> outOf = k < 64 ? stackalloc double[k + 1] : new double[k + 1];
        for (int i = 0; i <= k; i++)
        {
            var from = i == 0 ? office : order[i - 1].Location;
            var to = i == k ? office : order[i].Location;
            leg[i] = ctx.Travel(from, to);
            into[i] = ctx.Travel(from, extra.Location);
            outOf[i] = ctx.Travel(extra.Location, to);
        }
        int bestAt = 0;
        double bestMinutes = double.MaxValue;
        for (int at = 0; at <= k; at++)
        {
            double minutes = 0;
            for (int i = 0; i < at; i++) minutes += leg[i] + order[i].OnSite;
            minutes += into[at] + extra.OnSite;
            if (at < k)
            {
                minutes += outOf[at] + order[at].OnSite;
                for (int i = at + 1; i < k; i++) minutes += leg[i] + order[i].OnSite;
                minutes += leg[k];
            }
            else minutes += outOf[k];
            if (minutes < bestMinutes) { bestMinutes = minutes; bestAt = at; }
        }
        return (bestAt, bestMinutes);
    }

    /// <summary><paramref name="order"/> with <paramref name="extra"/> at <paramref name="at"/>, as a new list.</summary>
    public static List<MonthVisit> Inserted(IReadOnlyList<MonthVisit> order, MonthVisit extra, int at)
    {
        var route = new List<MonthVisit>(order.Count + 1);
        route.AddRange(order);
        route.Insert(at, extra);
        return route;
    }

    /// <summary>The shortest order: every permutation up to 7 visits (the first shortest in the order they are tried), else the given order.</summary>
    public static List<MonthVisit> Shortest(MonthContext ctx, string township, IReadOnlyList<MonthVisit> order)
    {
        if (order.Count > 7) return order.ToList();
        int k = order.Count;
        var office = ctx.Townships[township].Location;
        // travel[a, b] between the office (0) and the visits (1..k).
        var travel = new double[k + 1, k + 1];
        for (int a = 0; a <= k; a++)
            for (int b = 0; b <= k; b++)
                travel[a, b] = ctx.Travel(a == 0 ? office : order[a - 1].Location, b == 0 ? office : order[b - 1].Location);
        double Minutes(int[] route)
        {
            double minutes = 0;
            int here = 0;
            foreach (int v in route)
            {
                minutes += travel[here, v] + order[v - 1].OnSite;
                here = v;
            }
            return minutes + travel[here, 0];
        }
        var items = Enumerable.Range(1, k).ToArray();
        var best = (int[])items.Clone();
        double bestMinutes = Minutes(best);
        // Every permutation in the order the swaps make them, each route's day summed from its start as Minutes sums it; a
        // prefix already no shorter than the best cannot end shorter (travel and minutes on site only add), so its
        // permutations are skipped: the same route is found as by summing every one.
        void Search(int depth, int here, double partial)
        {
            if (depth == k)
            {
                double minutes = partial + travel[here, 0];
                if (minutes < bestMinutes - 1e-9) { bestMinutes = minutes; best = (int[])items.Clone(); }
                return;
            }
            for (int i = depth; i < k; i++)
            {
                (items[depth], items[i]) = (items[i], items[depth]);
                int v = items[depth];
                double next = partial + (travel[here, v] + order[v - 1].OnSite);
                if (next < bestMinutes - 1e-9) Search(depth + 1, v, next);
                (items[depth], items[i]) = (items[i], items[depth]);
            }
        }
        Search(0, 0, 0);
        return best.Select(v => order[v - 1]).ToList();
    }
}

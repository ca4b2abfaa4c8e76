namespace Scheduler.Solver.Monthly;

/// <summary>
/// Groups a township's visits of the month into team-days. Multi-department visits go together so that
/// a team's departments overlap most (a team needs officers of every department it carries: fewer
/// distinct departments, fewer officer-days), then close together on the map; single-department visits
/// join a joint team that already carries their department, or form teams of their own department.
/// Every group respects maxVisitsPerTeamDay and fits the working day with travel.
/// </summary>
internal static class TeamClustering
{
    /// <summary>A team carries at most this many departments (a dozen officers).</summary>
    private const int MaxTeamDepartments = 6;

    public static List<TeamCluster> Build(MonthContext ctx, string township, List<MonthVisit> visits)
    {
        var office = ctx.Townships[township].Location;
        // Largest visits first, far ones before near ones: the classic seed order for route grouping.
        var pool = visits.OrderByDescending(v => v.Departments.Length)
            .ThenByDescending(v => ctx.Travel(office, v.Location)).ThenBy(v => v.Id, StringComparer.Ordinal).ToList();
        var joint = pool.Where(v => v.Joint).ToList();
        var single = pool.Where(v => !v.Joint).ToList();

        // Scarcity of a department here: visits needing it per officer who may serve this township.
        var scarcity = new double[ctx.Departments.Length];
        for (int d = 0; d < scarcity.Length; d++)
            scarcity[d] = (double)visits.Count(v => v.Departments.Contains(d))
                          / Math.Max(1, ctx.OfficersOf[d].Count(o => string.IsNullOrEmpty(o.Township) || o.Township == township));
        var clusters = Grow(ctx, township, joint, growthAllowed: true, scarcity);
        foreach (var c in clusters) Fold(ctx, c, single);
        clusters.AddRange(Grow(ctx, township, single, growthAllowed: false, scarcity));
        foreach (var c in clusters) c.Visits = TeamRoute.Shortest(ctx, township, c.Visits);
        return clusters;
    }

    private static List<TeamCluster> Grow(MonthContext ctx, string township, List<MonthVisit> pool, bool growthAllowed, double[] scarcity)
    {
        var clusters = new List<TeamCluster>();
        var left = pool.ToList();
        while (left.Count > 0)
        {
            var seed = left[0];
            left.RemoveAt(0);
            var order = new List<MonthVisit> { seed };
            var departments = new SortedSet<int>(seed.Departments);
            while (order.Count < ctx.Rules.MaxVisitsPerTeamDay)
            {
                MonthVisit? best = null;
                List<MonthVisit>? bestOrder = null;
                double bestCost = double.MaxValue;
                double now = TeamRoute.DayMinutes(ctx, township, order);
                foreach (var w in left)
                {
                    int growth = w.Departments.Count(d => !departments.Contains(d));
                    // Scarce officers already in the team and busy at w are officers not idle: reward that.
                    double shared = w.Departments.Where(departments.Contains).Sum(d => scarcity[d]);
                    // Growing the team by g departments costs 2g officers for the day; a team of its own costs 2·|w|.
                    if (growthAllowed ? 2 * growth >= w.Departments.Length || departments.Count + growth > MaxTeamDepartments : growth > 0)
                        continue;
                    var candidate = TeamRoute.Insert(ctx, township, order, w);
                    double minutes = TeamRoute.DayMinutes(ctx, township, candidate);
                    if (minutes > ctx.Rules.WorkdayMinutes) continue;
                    double cost = growth * 1000 - shared * 800 + (minutes - now - w.OnSite);
                    if (cost < bestCost) { bestCost = cost; best = w; bestOrder = candidate; }
                }
                if (best is null) break;
                order = bestOrder!;
                departments.UnionWith(best.Departments);
                left.Remove(best);
            }
            clusters.Add(new TeamCluster(township, order));
        }
        return clusters;
    }

    /// <summary>Single-department visits ride along with a joint team that carries their department anyway.</summary>
    private static void Fold(MonthContext ctx, TeamCluster cluster, List<MonthVisit> singles)
    {
        foreach (var w in singles.ToList())
        {
            if (cluster.Visits.Count >= ctx.Rules.MaxVisitsPerTeamDay) return;
            if (!cluster.Departments.Contains(w.Departments[0])) continue;
            var candidate = TeamRoute.Insert(ctx, cluster.Township, cluster.Visits, w);
            if (TeamRoute.DayMinutes(ctx, cluster.Township, candidate) > ctx.Rules.WorkdayMinutes) continue;
            cluster.Visits = candidate;
            singles.Remove(w);
        }
    }
}

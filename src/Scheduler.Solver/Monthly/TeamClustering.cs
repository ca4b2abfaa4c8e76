namespace Scheduler.Solver.Monthly;

/// <summary>
/// Groups a township's visits of the month into team-days. A team needs officers of every department it carries for
/// the whole day, so the grouping keeps officers busy: teams grow around the township's rarest departments (those in
/// fewest of its joint visits), and a visit joins the team where the fewest officers stand idle, weighted by how rare
/// their department is (a rare department's officers idle while the team visits others are the day's real loss), then
/// where the route grows least. Single-department visits join a joint team that already carries their department, or
/// form teams of their own department. Every group respects maxVisitsPerTeamDay and fits the working day with travel.
/// </summary>
internal static class TeamClustering
{
    /// <summary>A team carries at most this many departments (a dozen officers).</summary>
    private const int MaxTeamDepartments = 6;

    /// <summary>Minutes of route one idle officer-pair weighs (rarity 1).</summary>
    private const double IdleWeight = 1000;

    public static List<TeamCluster> Build(MonthContext ctx, string township, List<MonthVisit> visits)
    {
        var office = ctx.Townships[township].Location;
        // Largest visits first, far ones before near ones: the classic seed order for route grouping.
        var pool = visits.OrderByDescending(v => v.Departments.Length)
            .ThenByDescending(v => ctx.Travel(office, v.Location)).ThenBy(v => v.Id, StringComparer.Ordinal).ToList();
        var joint = pool.Where(v => v.Joint).ToList();
        var single = pool.Where(v => !v.Joint).ToList();

        // Rarity of a department here: 1 − the share of the township's joint visits that need it.
        var rarity = new double[ctx.Departments.Length];
        for (int d = 0; d < rarity.Length; d++)
            rarity[d] = 1.0 - (double)joint.Count(v => v.Departments.Contains(d)) / Math.Max(1, joint.Count);
        var clusters = Grow(ctx, township, joint, growthAllowed: true, rarity);
        foreach (var c in clusters) Fold(ctx, c, single);
        clusters.AddRange(Grow(ctx, township, single, growthAllowed: false, rarity));
        foreach (var c in clusters) c.Visits = TeamRoute.Shortest(ctx, township, c.Visits);
        return clusters;
    }

    private static List<TeamCluster> Grow(MonthContext ctx, string township, List<MonthVisit> pool, bool growthAllowed, double[] rarity)
    {
        var clusters = new List<TeamCluster>();
        var left = pool.ToList();
        while (left.Count > 0)
        {
            // The seed carries the rarest department left: its team gathers that department's visits.
            var seed = left.MaxBy(v => v.Departments.Max(d => rarity[d]))!;
            left.Remove(seed);
            var order = new List<MonthVisit> { seed };
            // The team's departments, and a scratch set of the candidate's (set and cleared per candidate).
            var inTeam = new bool[rarity.Length];
            var inCandidate = new bool[rarity.Length];
            foreach (int d in seed.Departments) inTeam[d] = true;
            int teamDepartments = seed.Departments.Length;
            while (order.Count < ctx.Rules.MaxVisitsPerTeamDay)
            {
                MonthVisit? best = null;
                int bestAt = 0;
                double bestCost = double.MaxValue;
                double now = TeamRoute.DayMinutes(ctx, township, order);
                foreach (var w in left)
                {
                    int growth = 0;
                    foreach (int d in w.Departments) if (!inTeam[d]) growth++;
                    // Growing the team by g departments costs 2g officers for the day; a team of its own costs 2·|w|.
                    if (growthAllowed ? 2 * growth >= w.Departments.Length || teamDepartments + growth > MaxTeamDepartments : growth > 0)
                        continue;
                    // Idle officers: the team's departments w does not need stand by during w; w's new departments
                    // stood by during every visit already in the team (each sum in ascending department order).
                    foreach (int d in w.Departments) inCandidate[d] = true;
                    double standBy = 0, joining = 0;
                    for (int d = 0; d < inTeam.Length; d++) if (inTeam[d] && !inCandidate[d]) standBy += rarity[d];
                    foreach (int d in w.Departments)
                    {
                        if (!inTeam[d]) joining += rarity[d];
                        inCandidate[d] = false;
                    }
                    double idle = standBy + order.Count * joining;
                    // The route part of the cost (added travel) is never negative: a candidate whose idle officers alone
                    // cost as much as the best cannot beat it, and its route need not be computed (same choice, faster).
                    if (idle * IdleWeight >= bestCost) continue;
                    if (TeamRoute.PlaceWithin(ctx, township, order, now, w) is not var (at, minutes)) continue;
                    double cost = idle * IdleWeight + (minutes - now - w.OnSite);
                    if (cost < bestCost) { bestCost = cost; best = w; bestAt = at; }
                }
                if (best is null) break;
                order = TeamRoute.Inserted(order, best, bestAt);
                foreach (int d in best.Departments)
                    if (!inTeam[d]) (inTeam[d], teamDepartments) = (true, teamDepartments + 1);
                left.Remove(best);
            }
            clusters.Add(new TeamCluster(township, order));
        }
        return clusters;
    }

    /// <summary>Single-department visits ride along with a joint team that carries their department anyway.</summary>
    private static void Fold(MonthContext ctx, TeamCluster cluster, List<MonthVisit> singles)
    {
        double now = TeamRoute.DayMinutes(ctx, cluster.Township, cluster.Visits);
        foreach (var w in singles.ToList())
        {
            if (cluster.Visits.Count >= ctx.Rules.MaxVisitsPerTeamDay) return;
            if (!cluster.Departments.Contains(w.Departments[0])) continue;
            if (TeamRoute.InsertWithin(ctx, cluster.Township, cluster.Visits, now, w) is not var (candidate, minutes)) continue;
            cluster.Visits = candidate;
            now = minutes;
            singles.Remove(w);
        }
    }
}

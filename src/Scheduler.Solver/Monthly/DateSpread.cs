namespace Scheduler.Solver.Monthly;

/// <summary>Which date of the month a team-day goes to: spread where its departments are least stretched, or the next one.</summary>
internal static class DateSpread
{
    /// <summary>Team-days spread over their allowed dates, each to the date where its departments are least stretched.</summary>
    public static Dictionary<DateOnly, List<TeamCluster>> Spread(MonthContext ctx, List<TeamCluster> clusters)
    {
        var plannedOn = ctx.WorkingDays.ToDictionary(d => d, _ => new List<TeamCluster>());
        var demand = new Dictionary<(DateOnly, string, int), int>();
        var supply = new Dictionary<(DateOnly, string, int), int>();
        int Supply(DateOnly date, string township, int d) => supply.TryGetValue((date, township, d), out var s) ? s
            : supply[(date, township, d)] = ctx.OfficersOf[d].Count(o =>
                (township == "" || string.IsNullOrEmpty(o.Township) || o.Township == township) && !o.Unavailable.Contains(date));
        int k = ctx.Rules.OfficersPerDepartment;
        foreach (var c in clusters.OrderByDescending(c => c.Departments.Count).ThenByDescending(c => c.Visits.Count))
        {
            // Stretch here (posted and county officers who may come) and county-wide (county officers are shared).
            var best = AllowedDates(ctx, c).MinBy(date =>
                c.Departments.Sum(d => (double)(demand.GetValueOrDefault((date, c.Township, d)) + k) / Math.Max(1, Supply(date, c.Township, d))
                                       + (double)(demand.GetValueOrDefault((date, "", d)) + k) / Math.Max(1, Supply(date, "", d)))
                + (c.Joint || !ctx.JointDays.Contains(date) ? 0 : 0.5)); // keep joint days for joint teams
            plannedOn[best].Add(c);
            foreach (var d in c.Departments)
            {
                demand[(best, c.Township, d)] = demand.GetValueOrDefault((best, c.Township, d)) + k;
                demand[(best, "", d)] = demand.GetValueOrDefault((best, "", d)) + k;
            }
        }
        return plannedOn;
    }

    public static IEnumerable<DateOnly> AllowedDates(MonthContext ctx, TeamCluster c) => c.Joint ? ctx.JointDays : ctx.WorkingDays;

    /// <summary>The least-planned allowed date after <paramref name="date"/>, or null.</summary>
    public static DateOnly? NextDate(MonthContext ctx, TeamCluster c, DateOnly date, Dictionary<DateOnly, List<TeamCluster>> plannedOn)
    {
        var later = AllowedDates(ctx, c).Where(d => d > date).ToList();
        return later.Count == 0 ? null : later.MinBy(d => plannedOn[d].Count);
    }

}

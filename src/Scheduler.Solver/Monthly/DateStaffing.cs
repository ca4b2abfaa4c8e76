using System.Globalization;
using Google.OrTools.Sat;
using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// Staffs the team-days of one date: officersPerDepartment certified officers of each department a team
/// carries, each officer in one team, available that date, without a conflict (回避) with any enterprise
/// the team visits, posted to the township or county level. The draw (双随机): among officers who serve a
/// team equally well — posted to the township before county level (who may be needed elsewhere), not on
/// the enterprise's previous visit, fewer days worked this month — the order is a seeded random one.
/// A greedy pass in that order staffs most dates; when it leaves a team out, CP-SAT decides which teams
/// can all be staffed together, and the draw is then applied again within its choice.
/// </summary>
/// <param name="work">Deterministic seconds of the CP-SAT step on a date where the greedy draw leaves a team out; 0: the greedy draw alone.</param>
internal sealed class DateStaffing(MonthContext ctx, Random draw, InspectionHistory? history, double work = DateStaffing.DefaultWork)
{
    /// <summary>The default deterministic seconds of one date's CP-SAT step.</summary>
    public const double DefaultWork = 0.7;

    /// <summary>Teams staffed on this date: cluster → officers. Officers in <paramref name="busy"/> are not used.</summary>
    public Dictionary<TeamCluster, List<Inspector>> Staff(DateOnly date, IReadOnlyList<TeamCluster> clusters,
        ISet<string> busy, IReadOnlyDictionary<string, int> daysWorked, int seed, double secondsLeft = 60)
    {
        int k = ctx.Rules.OfficersPerDepartment;
        var lottery = Lottery();
        var eligible = clusters.ToDictionary(c => c, c => c.Departments.ToDictionary(d => d, d => Eligible(c, d, date, busy)));
        var possible = clusters.Where(c => eligible[c].Values.All(list => list.Count >= k)).ToList();

        // Scarcest teams first: the fewest eligible officers per needed officer in some department.
        var order = possible.OrderBy(c => eligible[c].Values.Min(list => list.Count))
            .ThenByDescending(c => c.Visits.Count).ThenBy(c => c.Visits[0].Id, StringComparer.Ordinal).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<TeamCluster, List<Inspector>>();
        foreach (var c in order)
            if (Draw(c, eligible[c], used, daysWorked, lottery) is { } team) result[c] = team;
        if (result.Count == possible.Count) return result;

        // The greedy order left teams out: CP-SAT finds teams and officers that all fit together; the draw
        // is then re-applied within each department, among its CP-SAT officers and the officers left free.
        if (secondsLeft <= 0.05 || work <= 0) return result;
        var assigned = MostVisits(possible, eligible, k, seed, result, secondsLeft, work);
        if (assigned is null) return result;
        var taken = assigned.Values.SelectMany(t => t).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var redrawn = new Dictionary<TeamCluster, List<Inspector>>();
        foreach (var c in order.Where(assigned.ContainsKey))
        {
            var team = new List<Inspector>();
            foreach (var (d, officers) in eligible[c].OrderBy(kv => kv.Key))
            {
                var mine = assigned[c].Where(o => ctx.Instance.Departments[d].Id == o.Department).ToList();
                var pool = mine.Concat(officers.Where(o => !taken.Contains(o.Id))).ToList();
                var picks = Preferred(c, pool, daysWorked, lottery).Take(k).ToList();
                foreach (var o in mine) taken.Remove(o.Id);
                foreach (var o in picks) taken.Add(o.Id);
                team.AddRange(picks);
            }
            redrawn[c] = team;
        }
        return redrawn;
    }

    /// <summary>Officers of department d who may join this team on this date.</summary>
    public List<Inspector> Eligible(TeamCluster c, int d, DateOnly date, ISet<string> busy)
    {
        var eligible = new List<Inspector>();
        foreach (var o in ctx.OfficersOf[d])
        {
            if (!string.IsNullOrEmpty(o.Township) && o.Township != c.Township) continue;
            if (o.Unavailable.Count > 0 && o.Unavailable.Contains(date)) continue;
            if (o.Conflicts.Count > 0 && Conflicted(o, c.Visits)) continue;
            if (busy.Contains(o.Id)) continue;
            eligible.Add(o);
        }
        return eligible;
    }

    private static bool Conflicted(Inspector o, List<MonthVisit> visits)
    {
        foreach (var v in visits)
            if (o.Conflicts.Contains(v.Enterprise)) return true;
        return false;
    }

    /// <summary>The team drawn for one cluster from officers not yet used today, or null when a department runs short.</summary>
    private List<Inspector>? Draw(TeamCluster c, Dictionary<int, List<Inspector>> eligible, HashSet<string> used,
        IReadOnlyDictionary<string, int> daysWorked, long[] lottery)
    {
        int k = ctx.Rules.OfficersPerDepartment;
        var team = new List<Inspector>();
        foreach (var (d, officers) in eligible.OrderBy(kv => kv.Value.Count).ThenBy(kv => kv.Key))
        {
            var picks = Preferred(c, officers.Where(o => !used.Contains(o.Id)), daysWorked, lottery).Take(k).ToList();
            if (picks.Count < k) return null;
            team.AddRange(picks);
        }
        foreach (var o in team) used.Add(o.Id);
        return team;
    }

    private long[]? _repairLottery;

    /// <summary>One number for each officer of the instance, in its order, drawn from the seeded source (<see cref="MonthContext.OfficerPlace"/> finds an officer's).</summary>
    private long[] Lottery()
    {
        var lottery = new long[ctx.Instance.Inspectors.Count];
        for (int i = 0; i < lottery.Length; i++) lottery[i] = draw.NextInt64();
        return lottery;
    }

    /// <summary>
    /// Officers in the order the draw prefers them for this team, by one lottery drawn (from the same seeded source)
    /// the first time it is asked for: what the repair after staffing uses.
    /// </summary>
    public IEnumerable<Inspector> Ranked(TeamCluster c, IEnumerable<Inspector> officers, IReadOnlyDictionary<string, int> daysWorked)
    {
        _repairLottery ??= Lottery();
        return Preferred(c, officers, daysWorked, _repairLottery);
    }

    /// <summary>Officers in the order the draw prefers them for this team.</summary>
    private IEnumerable<Inspector> Preferred(TeamCluster c, IEnumerable<Inspector> officers,
        IReadOnlyDictionary<string, int> daysWorked, long[] lottery)
    {
        var before = c.Visits.SelectMany(v => history?.LastOfficers(v.Enterprise) ?? new HashSet<string>()).ToHashSet();
        // Posted before county level (county officers left free can staff another township: measured, putting
        // history first cost 4x the unscheduled visits); then not the enterprise's previous officers; then the least worked.
        return officers
            .OrderBy(o => string.IsNullOrEmpty(o.Township) ? 1 : 0)
            .ThenBy(o => before.Contains(o.Id) ? 1 : 0)
            .ThenBy(o => daysWorked.GetValueOrDefault(o.Id))
            .ThenBy(o => lottery[ctx.OfficerPlace[o]]);
    }

    /// <summary>Teams and their officers such that the most visits are staffed (CP-SAT; officers one team each), or null.</summary>
    private static Dictionary<TeamCluster, List<Inspector>>? MostVisits(List<TeamCluster> teams,
        Dictionary<TeamCluster, Dictionary<int, List<Inspector>>> eligible, int k, int seed, Dictionary<TeamCluster, List<Inspector>> greedy,
        double secondsLeft, double work)
    {
        var model = new CpModel();
        var go = new Dictionary<TeamCluster, BoolVar>();
        var assign = new List<(TeamCluster Team, Inspector Officer, BoolVar X)>();
        foreach (var c in teams)
        {
            var s = model.NewBoolVar($"go[{c.Township},{c.Visits[0].Id}]");
            go[c] = s;
            model.AddHint(s, greedy.ContainsKey(c) ? 1 : 0);
            foreach (var (d, officers) in eligible[c])
            {
                var xs = officers.Select(o => (c, o, model.NewBoolVar($"assign[{o.Id},{c.Visits[0].Id}]"))).ToList();
                foreach (var x in xs) model.AddHint(x.Item3, greedy.TryGetValue(c, out var t) && t.Contains(x.o) ? 1 : 0);
                assign.AddRange(xs);
                // officersPerDepartment of each department when the team goes out, none otherwise.
                model.Add(LinearExpr.Sum(xs.Select(x => x.Item3)) == s * k);
            }
        }
        // An officer joins at most one team a day.
        foreach (var g in assign.GroupBy(a => a.Officer.Id, StringComparer.Ordinal))
            if (g.Count() > 1) model.Add(LinearExpr.Sum(g.Select(a => a.X)) <= 1);
        model.Maximize(LinearExpr.WeightedSum(go.Values, go.Keys.Select(c => (long)c.Visits.Count)));
        var solver = new CpSolver
        {
            // One worker and a deterministic limit: the same plan on any machine, loaded or not — unless the
            // month's wall-clock budget runs out first.
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"num_workers:1 random_seed:{seed} max_deterministic_time:{work:0.###} max_time_in_seconds:{Math.Max(0.05, secondsLeft):0.###} catch_sigint_signal:false"),
        };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return null;
        return go.Where(kv => solver.BooleanValue(kv.Value)).ToDictionary(kv => kv.Key,
            kv => assign.Where(a => a.Team == kv.Key && solver.BooleanValue(a.X)).Select(a => a.Officer).ToList());
    }
}

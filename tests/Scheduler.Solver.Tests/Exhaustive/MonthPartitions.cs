using Scheduler.Domain.Model;

namespace Scheduler.Solver.Tests.Exhaustive;

/// <summary>
/// For a set of one enterprise's needs placed in one month (a bitmask), the fewest visits holding them
/// (then the fewest department-visits), over every partition into blocks that rules 4 and 5 allow.
/// </summary>
public sealed class MonthPartitions(Instance instance, IReadOnlyList<Need> needs)
{
    private readonly Dictionary<int, BruteForceOptimum?> memo = new() { [0] = new BruteForceOptimum(0, 0, 0) };
    private readonly Dictionary<string, int> minutes = instance.CheckItems.ToDictionary(i => i.Id, i => i.Minutes);

    /// <summary>Null when some need of the mask fits no visit at all.</summary>
    public BruteForceOptimum? Best(int mask)
    {
        if (memo.TryGetValue(mask, out var known)) return known;
        var lowest = mask & -mask;
        BruteForceOptimum? best = null;
        // Every block holding the lowest need, then the best partition of what is left.
        for (var sub = mask; sub > 0; sub = (sub - 1) & mask)
        {
            if ((sub & lowest) == 0) continue;
            var departments = BlockDepartments(sub);
            if (departments is null) continue;
            var rest = Best(mask & ~sub);
            if (rest is null) continue;
            var candidate = rest + new BruteForceOptimum(0, 1, departments.Value);
            if (best is null || candidate.CompareTo(best) < 0) best = candidate;
        }
        memo[mask] = best;
        return best;
    }

    /// <summary>The block's number of departments when it makes a valid visit, else null.</summary>
    private int? BlockDepartments(int block)
    {
        var members = Enumerable.Range(0, needs.Count).Where(i => (block & (1 << i)) != 0).Select(i => needs[i]).ToArray();
        var byDepartment = members.GroupBy(n => n.Department).ToArray();
        if (byDepartment.Length > instance.Rules.MaxDepartmentsPerVisit) return null;
        if (members.Any(n => n.Standalone) && byDepartment.Length > 1) return null;
        var longest = byDepartment.Max(g => g.SelectMany(n => n.Items).Distinct().Sum(i => minutes.GetValueOrDefault(i)));
        if (longest > instance.Rules.MaxVisitMinutes) return null;
        return byDepartment.Length;
    }
}

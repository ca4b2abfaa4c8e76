using Scheduler.Domain.Model;

namespace Scheduler.Solver.Tests.Exhaustive;

/// <summary>
/// An independent reference planner for tiny instances without capacity rows: it tries every way to
/// give each need a set of months (leaving the rest of its occurrences unassigned) and, per month,
/// every partition of the needs present into visits, under rules 2–5 and 7; it returns the
/// lexicographic minimum of (unassigned, visits, departmentVisits). Enterprises are independent
/// without capacity, so the instance's optimum is the sum of the enterprises' optima.
/// </summary>
public static class BruteForce
{
    public static BruteForceOptimum Solve(Instance instance)
    {
        if (instance.Capacities.Count > 0) throw new ArgumentException("the brute force ignores capacity; give it none");
        return instance.Enterprises
            .Select(e => SolveEnterprise(instance, e))
            .Aggregate(new BruteForceOptimum(0, 0, 0), (a, b) => a + b);
    }

    public static BruteForceOptimum SolveEnterprise(Instance instance, Enterprise enterprise)
    {
        var needs = instance.Needs.Where(n => n.Enterprise == enterprise.Id).ToArray();
        if (needs.Length == 0) return new BruteForceOptimum(0, 0, 0);
        if (needs.Length > 16) throw new ArgumentException("too many needs for the brute force");
        var cap = instance.Rules.CapFor(enterprise.CreditTier);
        var monthChoices = needs.Select(n => MonthSets(n, enterprise)).ToArray();
        var blocks = new MonthPartitions(instance, needs);
        var best = BruteForceOptimum.None;
        var chosen = new IReadOnlyList<int>[needs.Length];

        void Visit(int index, int unassigned)
        {
            if (unassigned > best.Unassigned) return;
            if (index == needs.Length)
            {
                var total = Evaluate(chosen, blocks, unassigned);
                if (total is not null && (cap is null || total.Visits <= cap) && total.CompareTo(best) < 0) best = total;
                return;
            }
            foreach (var months in monthChoices[index])
            {
                chosen[index] = months;
                Visit(index + 1, unassigned + needs[index].TimesPerYear - months.Count);
            }
        }

        Visit(0, 0);
        return best;
    }

    /// <summary>Sums, over months, the best partition of the needs placed in that month; null when a month has none.</summary>
    private static BruteForceOptimum? Evaluate(IReadOnlyList<int>[] chosen, MonthPartitions blocks, int unassigned)
    {
        var total = new BruteForceOptimum(unassigned, 0, 0);
        for (var month = 1; month <= 12; month++)
        {
            var mask = 0;
            for (var i = 0; i < chosen.Length; i++)
            {
                if (chosen[i].Contains(month)) mask |= 1 << i;
            }
            if (mask == 0) continue;
            var part = blocks.Best(mask);
            if (part is null) return null;
            total += part;
        }
        return total;
    }

    /// <summary>Every set of allowed open months of size 0..timesPerYear whose consecutive months keep the gap.</summary>
    private static List<IReadOnlyList<int>> MonthSets(Need need, Enterprise enterprise)
    {
        var open = need.Months.Distinct().Where(m => !enterprise.ClosedMonths.Contains(m)).Order().ToArray();
        var result = new List<IReadOnlyList<int>>();
        var current = new List<int>();

        void Extend(int from)
        {
            result.Add(current.ToArray());
            if (current.Count == need.TimesPerYear) return;
            for (var i = from; i < open.Length; i++)
            {
                if (current.Count > 0 && open[i] - current[^1] < need.MinGapMonths) continue;
                current.Add(open[i]);
                Extend(i + 1);
                current.RemoveAt(current.Count - 1);
            }
        }

        Extend(0);
        return result;
    }
}

using Scheduler.Generator.Witness;

namespace Scheduler.Generator.Building;

/// <summary>Makes a capped (green) enterprise's needs fit its yearly visit cap: while the greedy witness needs
/// more visits than the cap, lower the most frequent need by one occurrence, and when all are once a year,
/// drop the least important need (the last drawn). Leaves the fitting witness built.</summary>
internal static class CapFitter
{
    /// <returns>How many needs remain (they stay at the end of <paramref name="needs"/>).</returns>
    public static int Fit(EnterpriseWitness witness, List<GeneratedNeed> needs, int first, int count, int closedMonths, int[,] load, int cap)
    {
        while (true)
        {
            witness.Build(needs, first, count, closedMonths, load);
            if (witness.VisitCount <= cap) return count;
            var most = -1;
            for (var j = 0; j < count; j++)
                if (needs[first + j].Times > 1 && (most < 0 || needs[first + j].Times > needs[first + most].Times)) most = j;
            if (most >= 0)
            {
                var need = needs[first + most];
                need.Times--;
                if (need.Times == 1) need.Gap = 1;
                needs[first + most] = need;
                continue;
            }
            needs.RemoveAt(first + count - 1);
            count--;
        }
    }
}

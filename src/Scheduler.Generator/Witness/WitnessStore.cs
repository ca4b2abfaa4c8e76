using System.Numerics;
using Scheduler.Generator.Building;
using Scheduler.Generator.Catalog;

namespace Scheduler.Generator.Witness;

/// <summary>The county's witness plan as it grows, enterprise by enterprise, and each department's visits per month.</summary>
internal sealed class WitnessStore
{
    private readonly int[] _counter = new int[32];
    private readonly List<int> _byMonth = [];

    public List<WitnessVisitRow> Visits { get; } = [];
    public List<int> TaskNeed { get; } = [];
    public List<int> TaskOccurrence { get; } = [];

    /// <summary>(global need index, occurrence, reason).</summary>
    public List<(int Need, int Occurrence, string Reason)> Unassigned { get; } = [];

    /// <summary>[department, month − 1]: witness visits that include the department.</summary>
    public int[,] Load { get; } = new int[DepartmentCatalog.Departments.Count, 12];

    /// <summary>Adds what <paramref name="witness"/> built for enterprise <paramref name="e"/>, whose needs start at
    /// global index <paramref name="firstNeed"/>. Occurrences are numbered in month order, unassigned ones last.</summary>
    public void Commit(EnterpriseWitness witness, int e, int firstNeed, int needCount)
    {
        Array.Clear(_counter, 0, needCount);
        _byMonth.Clear();
        for (var k = 0; k < witness.VisitCount; k++) _byMonth.Add(k);
        _byMonth.Sort((a, b) =>
        {
            var c = witness.Visit(a).Month.CompareTo(witness.Visit(b).Month);
            return c != 0 ? c : a.CompareTo(b);
        });
        foreach (var k in _byMonth)
        {
            var v = witness.Visit(k);
            v.Needs.Sort();
            var start = TaskNeed.Count;
            foreach (var j in v.Needs)
            {
                TaskNeed.Add(firstNeed + j);
                TaskOccurrence.Add(++_counter[j]);
            }
            var minutes = 0;
            for (var d = 0; d < DepartmentCatalog.Departments.Count; d++)
            {
                if ((v.Departments & (1 << d)) == 0) continue;
                Load[d, v.Month - 1]++;
                minutes = Math.Max(minutes, EnterpriseWitness.Share(v, d, []));
            }
            Visits.Add(new WitnessVisitRow(e, v.Month, v.Departments, minutes, start, v.Needs.Count));
        }
        foreach (var u in witness.Unassigned)
            Unassigned.Add((firstNeed + u.Need, ++_counter[u.Need], u.Reason));
    }

    public static int DepartmentCount(int mask) => BitOperations.PopCount((uint)mask);
}

using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// The department-months where making room freed capacity (<see cref="ReplanRoom"/>, <see cref="FrozenRelease"/>): an
/// enterprise re-planned before that room was made may now place there what it had to leave out, so it is tried once more.
/// </summary>
internal sealed class FreedCells(CompiledInstance ci)
{
    private readonly HashSet<(int Department, int Month)> _cells = [];

    /// <summary>Records the cells <paramref name="before"/> used more often than <paramref name="after"/> does.</summary>
    public void Add(IEnumerable<EnterpriseSchedule> before, IEnumerable<EnterpriseSchedule> after)
    {
        var uses = new Dictionary<(int, int), int>();
        foreach (var cell in before.SelectMany(s => s.Uses(ci))) uses[cell] = uses.GetValueOrDefault(cell) + 1;
        foreach (var cell in after.SelectMany(s => s.Uses(ci))) uses[cell] = uses.GetValueOrDefault(cell) - 1;
        foreach (var (cell, freed) in uses)
            if (freed > 0) _cells.Add(cell);
    }

    /// <summary>Whether a month need <paramref name="n"/> allows had capacity of its department freed that is still free.</summary>
    public bool Touches(int n, CapacityLedger ledger) => ci.Needs[n].Months.Any(m =>
        _cells.Contains((ci.Needs[n].Department, m)) && ledger.Residual(ci.Needs[n].Department, m) > 0);

    public int Count => _cells.Count;
}

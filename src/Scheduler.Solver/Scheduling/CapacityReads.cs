using Scheduler.Solver.Compilation;

namespace Scheduler.Solver.Scheduling;

/// <summary>
/// What a model read of a capacity ledger (<see cref="Cp.CapacityRepair.AddCapacity"/>): per department-month, the uses
/// the model could add there and the room left then. The model bounds a cell only where its uses could exceed the room, so
/// another state of the ledger builds the same model when every bounded cell has the same room and every other cell still
/// has room for all of its uses. A solve made ahead on a copy of the ledger is kept where this holds after the solves before
/// it are counted: the same model, seed and work give the same result (CP-SAT on one worker is deterministic).
/// </summary>
internal sealed class CapacityReads
{
    private readonly List<(int Department, int Month, int Uses, int Residual)> _cells = [];

    public void Add(int department, int month, int uses, int residual) => _cells.Add((department, month, uses, residual));

    /// <summary>True when <paramref name="ledger"/> would give the model the same capacity constraints.</summary>
    public bool Hold(CapacityLedger ledger) => _cells.All(c =>
    {
        int now = ledger.Residual(c.Department, c.Month);
        return Bounds(c.Uses, c.Residual) ? now == c.Residual : !Bounds(c.Uses, now);
    });

    /// <summary>Whether a cell with this room gets a constraint: bounded, and fewer visits left than the model's uses there.</summary>
    public static bool Bounds(int uses, int residual) => residual != CompiledInstance.Unbounded && uses > residual;
}

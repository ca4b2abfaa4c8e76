using Google.OrTools.Sat;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Cp;

/// <summary>
/// Re-solves a group of enterprises together with everything else fixed: one merge model each, coupled by
/// the department-month capacity left over by the rest of the plan (hard), occurrences allowed to go
/// unassigned at a dominating cost, the current schedules as hint. The LNS step of the optimized planner.
/// </summary>
internal static class CapacityRepair
{
    /// <summary>New schedules for <paramref name="group"/>, or null when the solver found nothing in time.</summary>
    /// <param name="ledger">Capacity used by every enterprise outside the group.</param>
    public static IReadOnlyList<EnterpriseSchedule>? Solve(
        CompiledInstance ci,
        IReadOnlyList<EnterpriseSchedule> group,
        CapacityLedger ledger,
        int seed,
        double seconds,
        CancellationToken cancellationToken)
    {
        var model = new CpModel();
        var merges = group.Select(s => new EnterpriseMergeModel(
            model, ci, s.Enterprise, EnterpriseMergeModel.SlotsFor(ci, s.Enterprise, minimum: 2, s), allowUnplaced: true)).ToList();

        AddCapacity(model, ci, merges, ledger);

        var y = merges.SelectMany(m => m.VisitVars).ToList();
        var z = merges.SelectMany(m => m.DepartmentVars).ToList();
        var u = merges.SelectMany(m => m.UnplacedVars).ToList();
        long wDept = 1, wVisit = z.Count + 1, wUnplaced = wVisit * (y.Count + 1) + z.Count + 1;
        model.Minimize(LinearExpr.Sum(u) * wUnplaced + LinearExpr.Sum(y) * wVisit + LinearExpr.Sum(z) * wDept);
        for (int i = 0; i < group.Count; i++) merges[i].Hint(model, group[i]);

        var solver = new CpSolver { StringParameters = CpParameters.SubSolve(seed, seconds) };
        using var stop = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return null;
        return merges.Select(m => m.Extract(solver)).ToList();
    }

    /// <summary>Capacity: the group's visits that include a department in a month fit what the rest of the plan left.</summary>
    private static void AddCapacity(CpModel model, CompiledInstance ci, List<EnterpriseMergeModel> merges, CapacityLedger ledger)
    {
        foreach (var cell in merges.SelectMany(m => m.DepartmentUses).GroupBy(t => (t.Department, t.Month)))
        {
            int residual = ledger.Residual(cell.Key.Department, cell.Key.Month);
            var uses = cell.Select(t => t.Uses).ToList();
            if (residual != CompiledInstance.Unbounded && uses.Count > residual)
                model.Add(LinearExpr.Sum(uses) <= residual);
        }
    }
}

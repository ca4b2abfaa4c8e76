using Google.OrTools.Sat;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Work;

namespace Scheduler.Solver.Cp;

/// <summary>
/// Re-solves a group of enterprises together with everything else fixed: one merge model each, coupled by
/// the department-month capacity left over by the rest of the plan (hard), occurrences allowed to go
/// unassigned at a dominating cost, the current schedules as hint. The LNS step of the optimized planner.
/// </summary>
internal static class CapacityRepair
{
    /// <summary>New schedules for <paramref name="group"/>, or null when the solver found nothing within <paramref name="work"/> deterministic seconds.</summary>
    /// <param name="ledger">Capacity used by every enterprise outside the group.</param>
    public static IReadOnlyList<EnterpriseSchedule>? Solve(
        CompiledInstance ci,
        IReadOnlyList<EnterpriseSchedule> group,
        CapacityLedger ledger,
        int seed,
        double work,
        WorkBudget budget,
        CancellationToken cancellationToken)
    {
        var model = new CpModel();
        var merges = group.Select(s => new EnterpriseMergeModel(
            model, ci, s.Enterprise, EnterpriseMergeModel.SlotsFor(ci, s.Enterprise, minimum: 2, s), allowUnplaced: true)).ToList();

        AddCapacity(model, ci, merges, ledger);

        var y = merges.SelectMany(m => m.VisitVars).ToList();
        var z = merges.SelectMany(m => m.DepartmentVars).ToList();
        var u = merges.SelectMany(m => m.UnplacedVars).ToList();
        for (int i = 0; i < group.Count; i++) merges[i].Hint(model, group[i]);
        var solver = new CpSolver();
        using var stop = cancellationToken.Register(solver.StopSearch);

        // Lexicographic, as the OR-Tools maintainers advise: first place more occurrences — asked as a
        // pure feasibility question (CP-SAT is much stronger there than on the weighted sum) — then fix
        // that count and minimise visits and department-visits.
        int unplacedBefore = group.Sum(s => s.Unplaced.Count);
        if (unplacedBefore > 0)
        {
            // Asked under an assumption, so that the next stage can drop it when no placement exists.
            var fewer = model.NewBoolVar("fewer-unassigned");
            model.Add(LinearExpr.Sum(u) <= unplacedBefore - 1).OnlyEnforceIf(fewer);
            model.AddAssumption(fewer);
            solver.StringParameters = budget.CpParameters(seed, work / 2);
            var first = solver.Solve(model);
            budget.Record(solver.Response?.DeterministicTime ?? 0);
            model.ClearAssumptions();
            work /= 2;
            if (first is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                long reached = merges.Sum(m => m.UnplacedVars.Sum(v => solver.Value(v)));
                model.Add(LinearExpr.Sum(u) <= reached);
                model.ClearHints();
                var improved = merges.Select(m => m.Extract(solver)).ToList();
                for (int i = 0; i < group.Count; i++) merges[i].Hint(model, improved[i]);
                if (cancellationToken.IsCancellationRequested) return improved;
            }
            else
            {
                // No placement found: still use the rest of the time on visits, keeping what is placed.
                model.ClearHints();
                for (int i = 0; i < group.Count; i++) merges[i].Hint(model, group[i]);
                model.Add(LinearExpr.Sum(u) <= unplacedBefore);
                if (cancellationToken.IsCancellationRequested) return null;
            }
        }
        else
        {
            model.Add(LinearExpr.Sum(u) == 0);
        }
        long wVisit = z.Count + 1;
        model.Minimize(LinearExpr.Sum(y) * wVisit + LinearExpr.Sum(z));
        solver.StringParameters = budget.CpParameters(seed, work);
        var status = solver.Solve(model);
        budget.Record(solver.Response?.DeterministicTime ?? 0);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return null;
        return merges.Select(m => m.Extract(solver)).ToList();
    }

    /// <summary>Capacity: the group's visits that include a department in a month fit what the rest of the plan left.</summary>
    /// <param name="reads">Where given, what was read of the ledger (to tell whether another state builds the same model).</param>
    internal static void AddCapacity(CpModel model, CompiledInstance ci, IEnumerable<EnterpriseMergeModel> merges, CapacityLedger ledger,
        CapacityReads? reads = null)
    {
        foreach (var cell in merges.SelectMany(m => m.DepartmentUses).GroupBy(t => (t.Department, t.Month)))
        {
            int residual = ledger.Residual(cell.Key.Department, cell.Key.Month);
            var uses = cell.Select(t => t.Uses).ToList();
            reads?.Add(cell.Key.Department, cell.Key.Month, uses.Count, residual);
            if (CapacityReads.Bounds(uses.Count, residual))
                model.Add(LinearExpr.Sum(uses) <= residual);
        }
    }
}

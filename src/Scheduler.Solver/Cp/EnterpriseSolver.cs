using Google.OrTools.Sat;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Work;

namespace Scheduler.Solver.Cp;

/// <summary>Solves one enterprise's merge exactly on CP-SAT, capacity ignored: fewest unassigned, then visits, then department-visits.</summary>
internal static class EnterpriseSolver
{
    /// <param name="work">Deterministic seconds this enterprise may use, recorded in <paramref name="budget"/>.</param>
    public static SoloSolution SolveAlone(CompiledInstance ci, int enterprise, EnterpriseSchedule hint, int seed, double work, WorkBudget budget)
    {
        var model = new CpModel();
        // As many slots as needs allowed in the month: a month never holds more visits, so the model is exact.
        var slots = EnterpriseMergeModel.SlotsFor(ci, enterprise, minimum: 12, hint);
        var merge = new EnterpriseMergeModel(model, ci, enterprise, slots, allowUnplaced: true);

        var y = merge.VisitVars.ToList();
        var z = merge.DepartmentVars.ToList();
        var u = merge.UnplacedVars.ToList();
        merge.Hint(model, hint);
        var solver = new CpSolver();

        // Lexicographic in three solves, each with a small objective: unassigned, visits, department-visits.
        int unplaced = hint.Unplaced.Count;
        if (unplaced > 0)
        {
            model.Minimize(LinearExpr.Sum(u));
            solver.StringParameters = budget.CpParameters(seed, work / 3);
            var first = solver.Solve(model);
            budget.Record(solver.Response?.DeterministicTime ?? 0);
            if (first is CpSolverStatus.Optimal or CpSolverStatus.Feasible) unplaced = (int)Math.Round(solver.ObjectiveValue);
        }
        model.Add(LinearExpr.Sum(u) <= unplaced);

        // Where occurrences are left out, which ones breaks ties between plans of as many visits (the later-listed needs).
        long order = unplaced > 0 ? merge.LeftOutOrderMax + 1 : 1;
        if (unplaced > 0) model.Minimize(LinearExpr.Sum(y) * order + merge.LeftOutOrder);
        else model.Minimize(LinearExpr.Sum(y));
        solver.StringParameters = budget.CpParameters(seed, work * 2 / 3);
        var status = solver.Solve(model);
        budget.Record(solver.Response?.DeterministicTime ?? 0);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return new SoloSolution(hint, LowerBoundFromNeeds(ci, enterprise));
        bool optimal = status == CpSolverStatus.Optimal;
        long objective = (long)Math.Round(solver.ObjectiveValue);
        int visits = (int)(objective / order);
        // y·order + order' ≥ the proven bound with order' < order: y ≥ ⌈(bound − order + 1) / order⌉.
        int bound = Math.Max(LowerBoundFromNeeds(ci, enterprise), (int)Math.Ceiling((solver.BestObjectiveBound - order + 1) / order - 1e-6));
        var schedule = merge.Extract(solver);

        model.Add(LinearExpr.Sum(y) <= visits);
        if (unplaced > 0) model.Add(merge.LeftOutOrder <= objective % order);
        model.ClearHints();
        merge.Hint(model, schedule);
        model.Minimize(LinearExpr.Sum(z));
        solver.StringParameters = budget.CpParameters(seed, work / 3);
        var third = solver.Solve(model);
        budget.Record(solver.Response?.DeterministicTime ?? 0);
        if (third is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var better = merge.Extract(solver);
            if (better.Quality(ci).CompareTo(schedule.Quality(ci)) < 0) schedule = better;
        }
        if (schedule.Quality(ci).CompareTo(hint.Quality(ci)) > 0) schedule = hint;
        // With unassigned occurrences the enterprise admits no complete plan; its visits are no bound then.
        return unplaced > 0
            ? new SoloSolution(schedule, schedule.VisitCount)
            : new SoloSolution(schedule, optimal ? schedule.VisitCount : Math.Min(bound, schedule.VisitCount));
    }

    /// <summary>
    /// A bound on one enterprise's visits from counting alone: its most frequent need (the spec's bound);
    /// each visit carries at most maxDepartmentsPerVisit departments, and each department needs as many
    /// visits as its most frequent need there; a standalone need's visits hold no other department.
    /// </summary>
    public static int LowerBoundFromNeeds(CompiledInstance ci, int enterprise)
    {
        var needs = ci.NeedsOfEnterprise[enterprise].Select(n => ci.Needs[n]).ToList();
        if (needs.Count == 0) return 0;
        int bound = needs.Max(n => n.Times);
        var perDepartment = needs.GroupBy(n => n.Department).ToDictionary(g => g.Key, g => g.Max(n => n.Times));
        bound = Math.Max(bound, CeilDiv(perDepartment.Values.Sum(), ci.MaxDepartmentsPerVisit));
        foreach (var alone in needs.Where(n => n.Standalone))
        {
            var others = perDepartment.Where(kv => kv.Key != alone.Department).Select(kv => kv.Value).ToList();
            if (others.Count == 0) continue;
            bound = Math.Max(bound, alone.Times + Math.Max(others.Max(), CeilDiv(others.Sum(), ci.MaxDepartmentsPerVisit)));
        }
        int cap = ci.EnterpriseCap[enterprise];
        return cap == CompiledInstance.Unbounded ? bound : Math.Min(bound, cap);
    }

    private static int CeilDiv(int a, int b) => (a + b - 1) / b;
}

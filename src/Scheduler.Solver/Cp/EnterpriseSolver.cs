using Google.OrTools.Sat;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Cp;

/// <summary>Solves one enterprise's merge exactly on CP-SAT, capacity ignored: fewest unassigned, then visits, then department-visits.</summary>
internal static class EnterpriseSolver
{
    public static SoloSolution SolveAlone(CompiledInstance ci, int enterprise, EnterpriseSchedule hint, int seed, double seconds)
    {
        var model = new CpModel();
        // As many slots as needs allowed in the month: a month never holds more visits, so the model is exact.
        var slots = EnterpriseMergeModel.SlotsFor(ci, enterprise, minimum: 12, hint);
        var merge = new EnterpriseMergeModel(model, ci, enterprise, slots, allowUnplaced: true);

        var y = merge.VisitVars.ToList();
        var z = merge.DepartmentVars.ToList();
        var u = merge.UnplacedVars.ToList();
        long wDept = 1, wVisit = z.Count + 1, wUnplaced = wVisit * (y.Count + 1) + z.Count + 1;
        model.Minimize(LinearExpr.Sum(u) * wUnplaced + LinearExpr.Sum(y) * wVisit + LinearExpr.Sum(z) * wDept);
        merge.Hint(model, hint);

        var solver = new CpSolver { StringParameters = CpParameters.SubSolve(seed, seconds) };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return new SoloSolution(hint, LowerBoundFromNeeds(ci, enterprise), false);

        var schedule = merge.Extract(solver);
        if (schedule.Quality(ci).CompareTo(hint.Quality(ci)) > 0) schedule = hint;
        if (status == CpSolverStatus.Optimal)
            return new SoloSolution(schedule, schedule.VisitCount, true);

        // obj = wU·U + wV·V + Z ≥ bound, with Z ≤ maxDepartments·V and U = 0 in any complete plan.
        long bound = (long)Math.Ceiling(solver.BestObjectiveBound - 1e-6);
        int fromCp = (int)Math.Ceiling(bound / (double)(wVisit + ci.MaxDepartmentsPerVisit));
        return new SoloSolution(schedule, Math.Max(fromCp, LowerBoundFromNeeds(ci, enterprise)), false);
    }

    /// <summary>The spec's bound for one enterprise: its most frequent need.</summary>
    public static int LowerBoundFromNeeds(CompiledInstance ci, int enterprise) =>
        ci.NeedsOfEnterprise[enterprise].Select(n => ci.Needs[n].Times).DefaultIfEmpty(0).Max();
}

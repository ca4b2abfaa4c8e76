using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Scheduler.Domain.Model;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Cp;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Planners;

/// <summary>
/// A peer for benchmarks: the whole year as one CP-SAT model — every enterprise's month-indexed merge
/// model, coupled by department-month capacity, one weighted objective (unassigned, visits,
/// department-visits), all workers, the time limit; no decomposition, no hint. What an OR-Tools user
/// would first write. When it finds no solution in time, everything is unassigned, saying so.
/// </summary>
internal sealed class MonolithicPlanner : IAnnualPlanner
{
    /// <summary>Beyond this many enterprises the model would not fit in memory here (~8 GB at 20,000, measured).</summary>
    internal const int MaxEnterprises = 25_000;

    public string Name => "monolithic";

    public PlanResult Plan(Instance instance, PlannerOptions options, IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ci = new CompiledInstance(instance);
        var enterprises = Enumerable.Range(0, ci.EnterpriseIds.Length).Where(e => ci.NeedsOfEnterprise[e].Length > 0).ToList();
        if (enterprises.Count > MaxEnterprises)
            return Unsolved(ci, enterprises, clock, $"the one-model planner does not attempt more than {MaxEnterprises:N0} enterprises (its model would not fit in memory)");

        progress?.Report(new SolveProgress("building one model of the year", 0, null, null, null, clock.Elapsed));
        var model = new CpModel();
        var merges = enterprises.Select(e => new EnterpriseMergeModel(model, ci, e, EnterpriseMergeModel.SlotsFor(ci, e, minimum: 2, null), allowUnplaced: true)).ToList();
        foreach (var cell in merges.SelectMany(m => m.DepartmentUses).GroupBy(t => (t.Department, t.Month)))
        {
            int cap = ci.Capacity[cell.Key.Department, cell.Key.Month];
            if (cap != CompiledInstance.Unbounded) model.Add(LinearExpr.Sum(cell.Select(t => t.Uses)) <= cap);
        }
        var y = merges.SelectMany(m => m.VisitVars).ToList();
        var z = merges.SelectMany(m => m.DepartmentVars).ToList();
        var u = merges.SelectMany(m => m.UnplacedVars).ToList();
        long wVisit = z.Count + 1, wUnplaced = wVisit * (y.Count + 1);
        model.Minimize(LinearExpr.Sum(u) * wUnplaced + LinearExpr.Sum(y) * wVisit + LinearExpr.Sum(z));

        double seconds = Math.Max(0.1, options.TimeLimit.TotalSeconds - clock.Elapsed.TotalSeconds);
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"num_workers:{Math.Max(1, options.Workers)} random_seed:{options.Seed} max_time_in_seconds:{seconds:0.###} catch_sigint_signal:false"),
        };
        using var stop = cancellationToken.Register(solver.StopSearch);
        var callback = new ProgressCallback(progress, clock, wVisit, wUnplaced);
        progress?.Report(new SolveProgress($"solving ({y.Count + z.Count:N0} variables)", 0.1, null, null, null, clock.Elapsed));
        var status = solver.Solve(model, callback);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return Unsolved(ci, enterprises, clock, $"the one-model CP-SAT planner found no solution within {options.TimeLimit.TotalSeconds:0} s ({status})");
        var schedules = merges.Select(m => m.Extract(solver)).ToList();
        var result = cancellationToken.IsCancellationRequested ? SolveStatus.Cancelled
            : status == CpSolverStatus.Optimal ? SolveStatus.Optimal : SolveStatus.TimeLimit;
        return PlanResults.Build(ci, schedules, Name, result, clock.Elapsed);
    }

    internal static PlanResult Unsolved(CompiledInstance ci, List<int> enterprises, Stopwatch clock, string why, string planner = "monolithic")
    {
        var schedules = enterprises.Select(e => new EnterpriseSchedule(e, [],
            ci.NeedsOfEnterprise[e].SelectMany(n => Enumerable.Repeat(n, ci.Needs[n].Times)).ToList())).ToList();
        var result = PlanResults.Build(ci, schedules, planner, SolveStatus.TimeLimit, clock.Elapsed);
        var plan = result.Plan with { Unassigned = result.Plan.Unassigned.Select(x => x with { Reason = why }).ToList() };
        return result with { Plan = plan };
    }

    /// <summary>Reports each improving solution (visits and unassigned decoded from the weighted objective).</summary>
    private sealed class ProgressCallback(IProgress<SolveProgress>? progress, Stopwatch clock, long wVisit, long wUnplaced) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback()
        {
            long objective = (long)Math.Round(ObjectiveValue());
            int unplaced = (int)(objective / wUnplaced);
            int visits = (int)(objective % wUnplaced / wVisit);
            progress?.Report(new SolveProgress("solving one model", Math.Min(0.99, clock.Elapsed.TotalSeconds / 1e9), visits, unplaced, null, clock.Elapsed));
        }
    }
}

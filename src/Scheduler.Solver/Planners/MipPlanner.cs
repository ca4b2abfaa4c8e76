using System.Diagnostics;
using Scheduler.Domain.Model;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;
using Lp = Google.OrTools.LinearSolver;

namespace Scheduler.Solver.Planners;

/// <summary>
/// A peer for benchmarks: the same textbook month-indexed model of the whole year as
/// <see cref="MonolithicPlanner"/>, written as a MIP and solved by SCIP through OR-Tools' linear solver
/// (SCIP keeps its incumbent at the time limit). No decomposition, no hint.
/// </summary>
internal sealed class MipPlanner : IAnnualPlanner
{
    public string Name => "mip";

    public PlanResult Plan(Instance instance, PlannerOptions options, IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ci = new CompiledInstance(instance);
        var enterprises = Enumerable.Range(0, ci.EnterpriseIds.Length).Where(e => ci.NeedsOfEnterprise[e].Length > 0).ToList();
        if (enterprises.Count > MonolithicPlanner.MaxEnterprises)
            return MonolithicPlanner.Unsolved(ci, enterprises, clock,
                $"the one-model MIP planner does not attempt more than {MonolithicPlanner.MaxEnterprises:N0} enterprises (its model would not fit in memory)", Name);

        progress?.Report(new SolveProgress("building one MIP of the year", 0, null, null, null, clock.Elapsed));
        using var solver = Lp.Solver.CreateSolver("SCIP")
            ?? throw new InvalidOperationException("SCIP is not available in this OR-Tools build");
        var objective = solver.Objective();
        var model = new YearMip(solver, ci);
        foreach (var e in enterprises) model.AddEnterprise(e);
        model.AddCapacity();
        // Unassigned, then visits, then department-visits, as one weighted sum.
        double wVisit = model.Z.Count + 1, wUnplaced = wVisit * (model.Y.Count + 1);
        foreach (var u in model.U.Values) objective.SetCoefficient(u, wUnplaced);
        foreach (var y in model.Y.Values) objective.SetCoefficient(y, wVisit);
        foreach (var z in model.Z.Values) objective.SetCoefficient(z, 1);
        objective.SetMinimization();

        long ms = (long)Math.Max(100, (options.TimeLimit - clock.Elapsed).TotalMilliseconds);
        solver.SetTimeLimit(ms);
        solver.SetNumThreads(Math.Max(1, options.Workers));
        using var stop = cancellationToken.Register(() => solver.InterruptSolve());
        progress?.Report(new SolveProgress($"SCIP solving ({solver.NumVariables():N0} variables)", 0.1, null, null, null, clock.Elapsed));
        var status = solver.Solve();
        if (status is not (Lp.Solver.ResultStatus.OPTIMAL or Lp.Solver.ResultStatus.FEASIBLE))
            return MonolithicPlanner.Unsolved(ci, enterprises, clock,
                $"the one-model MIP planner (SCIP) found no solution within {options.TimeLimit.TotalSeconds:0} s ({status})", Name);
        var schedules = enterprises.Select(model.Extract).ToList();
        var result = cancellationToken.IsCancellationRequested ? SolveStatus.Cancelled
            : status == Lp.Solver.ResultStatus.OPTIMAL ? SolveStatus.Optimal : SolveStatus.TimeLimit;
        return PlanResults.Build(ci, schedules, Name, result, clock.Elapsed);
    }

    /// <summary>The month-indexed model with slots (two a month where needs allow), in linear form.</summary>
    private sealed class YearMip(Lp.Solver solver, CompiledInstance ci)
    {
        public Dictionary<(int E, int M, int S), Lp.Variable> Y { get; } = [];
        public Dictionary<(int N, int M, int S), Lp.Variable> X { get; } = [];
        public Dictionary<(int E, int D, int M, int S), Lp.Variable> Z { get; } = [];
        public Dictionary<int, Lp.Variable> U { get; } = [];

        private Lp.Constraint Row(double lb, double ub, params (Lp.Variable V, double C)[] terms)
        {
            var c = solver.MakeConstraint(lb, ub);
            foreach (var (v, coef) in terms) c.SetCoefficient(v, coef);
            return c;
        }

        public void AddEnterprise(int e)
        {
            var needs = ci.NeedsOfEnterprise[e];
            var slots = new int[13];
            for (int m = 1; m <= 12; m++)
            {
                var here = needs.Where(n => MonthSet.Contains(ci.Needs[n].MonthMask, m)).ToArray();
                slots[m] = Math.Min(2, here.Length);
                for (int s = 0; s < slots[m]; s++)
                {
                    Y[(e, m, s)] = solver.MakeBoolVar($"visit[{e},{m},{s}]");
                    foreach (var n in here)
                    {
                        X[(n, m, s)] = solver.MakeBoolVar($"serve[{n},{m},{s}]");
                        int d = ci.Needs[n].Department;
                        if (!Z.ContainsKey((e, d, m, s))) Z[(e, d, m, s)] = solver.MakeBoolVar($"dept[{e},{d},{m},{s}]");
                    }
                    // Slots fill in order.
                    if (s > 0) Row(double.NegativeInfinity, 0, (Y[(e, m, s)], 1), (Y[(e, m, s - 1)], -1));
                }
            }
            foreach (var n in needs)
            {
                var need = ci.Needs[n];
                U[n] = solver.MakeIntVar(0, need.Times, $"unassigned[{n}]");
                // Every occurrence served once or unassigned.
                var once = solver.MakeConstraint(need.Times, need.Times);
                once.SetCoefficient(U[n], 1);
                for (int m = 1; m <= 12; m++)
                    for (int s = 0; s < slots[m]; s++)
                        if (X.TryGetValue((n, m, s), out var x)) once.SetCoefficient(x, 1);
                // Minimum gap: any window of gap months holds at most one occurrence.
                for (int start = 1; start + need.Gap - 1 <= 12 || start == 1; start++)
                {
                    var window = solver.MakeConstraint(double.NegativeInfinity, 1);
                    for (int m = start; m < start + need.Gap && m <= 12; m++)
                        for (int s = 0; s < slots[m]; s++)
                            if (X.TryGetValue((n, m, s), out var x)) window.SetCoefficient(x, 1);
                    if (start + need.Gap - 1 >= 12) break;
                }
            }
            for (int m = 1; m <= 12; m++)
                for (int s = 0; s < slots[m]; s++)
                {
                    var y = Y[(e, m, s)];
                    var depts = needs.Select(n => ci.Needs[n].Department).Distinct()
                        .Where(d => Z.ContainsKey((e, d, m, s))).Select(d => KeyValuePair.Create((E: e, D: d, M: m, S: s), Z[(e, d, m, s)])).ToList();
                    var hasDept = solver.MakeConstraint(double.NegativeInfinity, 0); // y ≤ Σ z
                    hasDept.SetCoefficient(y, 1);
                    var maxDepts = solver.MakeConstraint(double.NegativeInfinity, 0); // Σ z ≤ max · y
                    maxDepts.SetCoefficient(y, -ci.MaxDepartmentsPerVisit);
                    foreach (var (key, z) in depts)
                    {
                        hasDept.SetCoefficient(z, -1);
                        maxDepts.SetCoefficient(z, 1);
                        Row(double.NegativeInfinity, 0, (z, 1), (y, -1)); // z ≤ y
                        var own = needs.Where(n => ci.Needs[n].Department == key.D && X.ContainsKey((n, m, s))).ToList();
                        var taskThere = solver.MakeConstraint(double.NegativeInfinity, 0); // z ≤ Σ own x
                        taskThere.SetCoefficient(z, 1);
                        foreach (var n in own)
                        {
                            taskThere.SetCoefficient(X[(n, m, s)], -1);
                            Row(double.NegativeInfinity, 0, (X[(n, m, s)], 1), (z, -1)); // x ≤ z
                            if (ci.Needs[n].Standalone)
                                foreach (var (other, zo) in depts.Where(kv => kv.Key.D != key.D))
                                    Row(double.NegativeInfinity, 1, (X[(n, m, s)], 1), (zo, 1)); // standalone alone
                        }
                        AddMinutes(e, m, s, own);
                    }
                }
            int cap = ci.EnterpriseCap[e];
            if (cap != CompiledInstance.Unbounded)
            {
                var c = solver.MakeConstraint(double.NegativeInfinity, cap);
                for (int m = 1; m <= 12; m++)
                    for (int s = 0; s < slots[m]; s++) c.SetCoefficient(Y[(e, m, s)], 1);
            }
        }

        /// <summary>A department's share (distinct items) fits maxVisitMinutes; items shared by two needs count once.</summary>
        private void AddMinutes(int e, int m, int s, List<int> own)
        {
            var count = own.SelectMany(n => ci.Needs[n].Items).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());
            if (count.Keys.Sum(i => ci.ItemMinutes[i]) <= ci.MaxVisitMinutes) return;
            var c = solver.MakeConstraint(double.NegativeInfinity, ci.MaxVisitMinutes);
            foreach (var n in own)
                c.SetCoefficient(X[(n, m, s)], ci.Needs[n].Items.Where(i => count[i] == 1).Sum(i => ci.ItemMinutes[i]));
            foreach (var (item, k) in count.Where(kv => kv.Value > 1))
            {
                var w = solver.MakeBoolVar($"item[{item},{e},{m},{s}]");
                c.SetCoefficient(w, ci.ItemMinutes[item]);
                foreach (var n in own.Where(n => ci.Needs[n].Items.Contains(item)))
                    Row(double.NegativeInfinity, 0, (X[(n, m, s)], 1), (w, -1));
            }
        }

        /// <summary>Department-month capacity across all enterprises.</summary>
        public void AddCapacity()
        {
            foreach (var cell in Z.GroupBy(kv => (kv.Key.D, kv.Key.M)))
            {
                int cap = ci.Capacity[cell.Key.D, cell.Key.M];
                if (cap == CompiledInstance.Unbounded) continue;
                var c = solver.MakeConstraint(double.NegativeInfinity, cap);
                foreach (var kv in cell) c.SetCoefficient(kv.Value, 1);
            }
        }

        public EnterpriseSchedule Extract(int e)
        {
            var visits = new List<ScheduledVisit>();
            for (int m = 1; m <= 12; m++)
            for (int s = 0; Y.TryGetValue((e, m, s), out var y); s++)
            {
                if (y.SolutionValue() < 0.5) continue;
                var served = ci.NeedsOfEnterprise[e].Where(n => X.TryGetValue((n, m, s), out var x) && x.SolutionValue() > 0.5).ToArray();
                if (served.Length > 0) visits.Add(new ScheduledVisit(m, served));
            }
            var unplaced = new List<int>();
            foreach (var n in ci.NeedsOfEnterprise[e])
                for (long k = (long)Math.Round(U[n].SolutionValue()); k > 0; k--) unplaced.Add(n);
            return new EnterpriseSchedule(e, visits, unplaced);
        }
    }
}

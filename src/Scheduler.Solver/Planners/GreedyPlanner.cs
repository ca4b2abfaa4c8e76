using System.Diagnostics;
using Scheduler.Domain.Model;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Heuristics;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Planners;

/// <summary>The yardstick: enterprises in register order, each merged greedily into the capacity that is left.</summary>
internal sealed class GreedyPlanner : IAnnualPlanner
{
    public string Name => "greedy";

    public PlanResult Plan(Instance instance, PlannerOptions options, IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ci = new CompiledInstance(instance);
        var ledger = new CapacityLedger(ci);
        var merger = new GreedyMerger(ci, ledger);
        var schedules = new List<EnterpriseSchedule>();
        int visits = 0, unplaced = 0, total = ci.EnterpriseIds.Length;
        for (int e = 0; e < total; e++)
        {
            if (ci.NeedsOfEnterprise[e].Length == 0) continue;
            var s = merger.Merge(e);
            ledger.Add(s);
            schedules.Add(s);
            visits += s.VisitCount;
            unplaced += s.Unplaced.Count;
            if (e % 2000 == 0)
                progress?.Report(new SolveProgress("greedy merge", (double)e / total, visits, unplaced, null, clock.Elapsed));
        }
        progress?.Report(new SolveProgress("done", 1, visits, unplaced, null, clock.Elapsed));
        return PlanResults.Build(ci, schedules, Name, SolveStatus.Feasible, clock.Elapsed);
    }
}

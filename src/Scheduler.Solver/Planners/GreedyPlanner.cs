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
        progress?.Report(new SolveProgress("greedy merge", 0, null, null, null, clock.Elapsed));
        var schedules = Schedules(ci);
        progress?.Report(new SolveProgress("done", 1, schedules.Sum(s => s.VisitCount), schedules.Sum(s => s.Unplaced.Count), null, clock.Elapsed));
        return PlanResults.Build(ci, schedules, Name, SolveStatus.Feasible, clock.Elapsed);
    }

    /// <summary>The greedy plan as enterprise schedules (also the optimized planner's safety net).</summary>
    internal static List<EnterpriseSchedule> Schedules(CompiledInstance ci)
    {
        var ledger = new CapacityLedger(ci);
        var merger = new GreedyMerger(ci, ledger);
        var schedules = new List<EnterpriseSchedule>();
        for (int e = 0; e < ci.EnterpriseIds.Length; e++)
        {
            if (ci.NeedsOfEnterprise[e].Length == 0) continue;
            var s = merger.Merge(e);
            ledger.Add(s);
            schedules.Add(s);
        }
        return schedules;
    }
}

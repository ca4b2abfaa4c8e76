using System.Diagnostics;
using Scheduler.Domain.Model;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Heuristics;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Planners;

/// <summary>The status quo: each department plans its own visits alone; visits never carry two departments.</summary>
internal sealed class SeparatePlanner : IAnnualPlanner
{
    public string Name => "separate";

    public PlanResult Plan(Instance instance, PlannerOptions options, IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ci = new CompiledInstance(instance);
        var ledger = new CapacityLedger(ci);
        var merger = new GreedyMerger(ci, ledger);
        var schedules = new List<EnterpriseSchedule>();
        int total = ci.EnterpriseIds.Length;
        for (int e = 0; e < total; e++)
        {
            if (ci.NeedsOfEnterprise[e].Length == 0) continue;
            var visits = new List<ScheduledVisit>();
            var unplaced = new List<int>();
            foreach (var group in ci.NeedsOfEnterprise[e].GroupBy(n => ci.Needs[n].Department))
            {
                var part = merger.Merge(e, group.ToList(), visits.Count);
                ledger.Add(part);
                visits.AddRange(part.Visits);
                unplaced.AddRange(part.Unplaced);
            }
            schedules.Add(new EnterpriseSchedule(e, visits, unplaced));
            if (e % 2000 == 0)
                progress?.Report(new SolveProgress("departments planning alone", (double)e / total, null, null, null, clock.Elapsed));
        }
        return PlanResults.Build(ci, schedules, Name, SolveStatus.Feasible, clock.Elapsed);
    }
}

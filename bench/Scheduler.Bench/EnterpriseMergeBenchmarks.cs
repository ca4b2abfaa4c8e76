using BenchmarkDotNet.Attributes;
using Google.OrTools.Sat;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Cp;
using Scheduler.Solver.Heuristics;
using Scheduler.Solver.Planners;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Bench;

/// <summary>
/// One enterprise's merge, on the 12,000-enterprise county: the greedy merge (ignoring capacity, and against the capacity
/// the rest of the greedy plan leaves), building its CP-SAT model,.
/// The enterprise is the one with the most needs ("largest") or the median one ("typical").
/// </summary>
[MemoryDiagnoser]
public class EnterpriseMergeBenchmarks
{
    private CompiledInstance _ci = null!;
    private CapacityLedger _ledger = null!;
    private int _enterprise;

    [Params("typical", "largest")]
    public string Enterprise { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        _ci = new CompiledInstance(Counties.Of(12_000));
        var byNeeds = Enumerable.Range(0, _ci.EnterpriseIds.Length)
            .Where(e => _ci.NeedsOfEnterprise[e].Length > 0)
            .OrderBy(e => _ci.NeedsOfEnterprise[e].Length).ThenBy(e => e).ToList();
        _enterprise = Enterprise == "largest" ? byNeeds[^1] : byNeeds[byNeeds.Count / 2];
        // The rest of the county as the greedy planner leaves it, this enterprise taken out.
        _ledger = new CapacityLedger(_ci);
        foreach (var schedule in GreedyPlanner.Schedules(_ci).Where(s => s.Enterprise != _enterprise)) _ledger.Add(schedule);
    }

    [Benchmark(Baseline = true)]
    public int GreedyMerge() => new GreedyMerger(_ci, null).Merge(_enterprise).VisitCount;

    [Benchmark]
    public int GreedyMergeWithinCapacity() => new GreedyMerger(_ci, _ledger).Merge(_enterprise).VisitCount;

    [Benchmark]
    public CpModel BuildCpModel()
    {
        var model = new CpModel();
        _ = new EnterpriseMergeModel(model, _ci, _enterprise, EnterpriseMergeModel.SlotsFor(_ci, _enterprise, 12, null), allowUnplaced: true);
        return model;
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Scheduler.Domain.Model;
using Scheduler.Solver;

namespace Scheduler.Bench;

/// <summary>
/// The whole annual solve of a generated county at 1,000 and 12,000 enterprises: greedy, and optimized with a 20 s time
/// limit (it stops earlier when it proves its plan optimal). Seconds per call, so one launch, one warm-up, three calls.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AnnualSolveBenchmarks
{
    private Instance _instance = null!;

    [Params(1_000, 12_000)]
    public int Enterprises { get; set; }

    [GlobalSetup]
    public void Setup() => _instance = Counties.Of(Enterprises);

    [Benchmark(Baseline = true)]
    public int Greedy() => Solve(PlannerKind.Greedy);

    [Benchmark]
    public int Optimized() => Solve(PlannerKind.Optimized);

    private int Solve(PlannerKind kind)
    {
        var options = new PlannerOptions { Planner = kind, TimeLimit = TimeSpan.FromSeconds(20), Seed = 1 };
        return AnnualPlanners.Create(kind).Plan(_instance, options, null, CancellationToken.None).Plan.Visits.Count;
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;

namespace Scheduler.Bench;

/// <summary>One month's monthly plan (March, 15 s limit) of the 12,000-enterprise county, from its optimized annual plan,
/// with the county's fixed staff (370 officers) and with the staff sized from the witness plan.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MonthlyPlanBenchmarks
{
    private Instance _instance = null!;
    private AnnualPlan _annual = null!;

    [Params(3)]
    public int Month { get; set; }

    [Params("scaled", "sized")]
    public string Staff { get; set; } = "scaled";

    [GlobalSetup]
    public void Setup()
    {
        _instance = Counties.Of(12_000, Staff);
        var options = new PlannerOptions { Planner = PlannerKind.Optimized, TimeLimit = TimeSpan.FromSeconds(20), Seed = 1 };
        _annual = AnnualPlanners.Create(PlannerKind.Optimized).Plan(_instance, options, null, CancellationToken.None).Plan;
    }

    [Benchmark]
    public int MonthlyPlan()
    {
        var options = new MonthlyPlannerOptions { Seed = 1, TimeLimit = TimeSpan.FromSeconds(15) };
        return new MonthlyPlanner().Plan(_instance, _annual, Month, options).Plan.TeamDays.Count;
    }
}

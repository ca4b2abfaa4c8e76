using System.Diagnostics;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Solver;

namespace Scheduler.Bench.Harness;

/// <summary>Runs one planner on one instance in this process, measuring time, memory and quality over time, and checks the plan.</summary>
internal static class BenchRunner
{
    private const double Mebibyte = 1024.0 * 1024.0;

    public static BenchRow Run(BenchCase bench, Instance instance, PlannerKind kind, PlannerOptions options, Action<SolveProgress>? display, CancellationToken cancellationToken)
    {
        var planner = AnnualPlanners.Create(kind);
        var runOptions = new PlannerOptions { Planner = kind, TimeLimit = options.TimeLimit, Seed = options.Seed, Workers = options.Workers };
        PlanResult result;
        double wall;
        IReadOnlyList<QualitySample> samples;
        using (var memory = new MemorySampler())
        {
            var recorder = new ProgressRecorder(display, TimeSpan.FromSeconds(2));
            var clock = Stopwatch.StartNew();
            result = planner.Plan(instance, runOptions, recorder, cancellationToken);
            wall = clock.Elapsed.TotalSeconds;
            memory.Stop();
            var unassigned = result.Plan.Unassigned?.Count ?? 0;
            recorder.Finish(result.Plan.Visits.Count, unassigned);
            samples = recorder.Samples;
            return Row(bench, instance, kind, result, samples, wall, memory);
        }
    }

    private static BenchRow Row(BenchCase bench, Instance instance, PlannerKind kind, PlanResult result, IReadOnlyList<QualitySample> samples, double wall, MemorySampler memory)
    {
        var check = PlanChecker.Check(instance, result.Plan);
        var f = check.Figures;
        int? own = result.PerEnterpriseBound is > 0 ? result.PerEnterpriseBound : null;
        return new BenchRow
        {
            Planner = PlannerNames.Name(kind),
            Instance = bench.Name,
            Enterprises = instance.Enterprises.Count,
            Occurrences = f.Occurrences,
            Visits = f.Visits,
            Unassigned = f.Unassigned,
            LowerBound = f.LowerBound,
            Gap = f.Gap,
            OwnBound = own,
            OwnBoundGap = own is { } b ? (double)f.Visits / b - 1 : null,
            SeparateVisits = f.SeparateVisits,
            Saved = f.Saved,
            JointRate = f.JointRate,
            PeakLoad = f.PeakLoad,
            WallSeconds = wall,
            SecondsToFinal = TimeToQuality.FirstReached(samples, f.Visits, f.Unassigned) ?? wall,
            PeakMemoryMb = memory.PeakDeltaBytes / Mebibyte,
            ProcessPeakMb = memory.PeakBytes / Mebibyte,
            AllocatedMb = memory.AllocatedBytes / Mebibyte,
            Status = check.Valid ? result.Status.ToString().ToLowerInvariant() : "invalid",
            Violations = check.Violations.Count,
            Samples = samples,
        };
    }

    /// <summary>Fills <see cref="BenchRow.Reaches"/>: for each run, when it first matched each other planner's final plan on the same instance.</summary>
    public static IReadOnlyList<BenchRow> WithReaches(IReadOnlyList<BenchRow> rows) =>
        [.. rows.Select(row => row with
        {
            Reaches = rows
                .Where(other => other.Instance == row.Instance && other.Planner != row.Planner)
                .ToDictionary(other => other.Planner, other => TimeToQuality.FirstReached(row.Samples, other.Visits, other.Unassigned)),
        })];
}

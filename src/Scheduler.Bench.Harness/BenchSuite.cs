using System.Globalization;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;

namespace Scheduler.Bench.Harness;

/// <summary>
/// A whole bench: every planner on every instance, one after another in this process with the same time limit and
/// workers, each plan checked. Instances are made (or read) when their turn comes, so one is in memory at a time.
/// </summary>
/// <param name="log">Receives a line of progress at a time (what runs, its figures when done, the planner's progress).</param>
/// <param name="options">The time limit, workers and seed of every run (the planner is set per run).</param>
/// <param name="year">When given, the staffed year (annual plan fitted to the officers, twelve months) also runs on every
/// instance with these monthly options.</param>
public sealed class BenchSuite(IReadOnlyList<PendingCase> cases, IReadOnlyList<PlannerKind> planners, PlannerOptions options, Action<string> log,
    MonthlyPlannerOptions? year = null)
{
    /// <summary>Runs until every planner ran on every instance or the token is cancelled; the run holds the rows finished by then.</summary>
    public BenchRun Run(CancellationToken cancellationToken)
    {
        var timeLimitSeconds = options.TimeLimit.TotalSeconds;
        var started = DateTimeOffset.Now;
        log($"Bench: {cases.Count} instance(s) × {planners.Count} planner(s) ({string.Join(", ", planners.Select(PlannerNames.Name))}), time limit {timeLimitSeconds.ToString("0.##", CultureInfo.InvariantCulture)} s each, {options.Workers} workers.");

        var rows = new List<BenchRow>();
        var years = new List<YearRow>();
        int step = 0, steps = cases.Count * (planners.Count + (year is null ? 0 : 1));
        foreach (var pending in cases)
        {
            if (cancellationToken.IsCancellationRequested) break;
            var bench = pending.Case;
            log($"{bench.Name}: {bench.Source}");
            var instance = pending.Load();
            foreach (var kind in planners)
            {
                if (cancellationToken.IsCancellationRequested) break;
                step++;
                var name = PlannerNames.Name(kind);
                log($"  [{step}/{steps}] {name} …");
                var row = BenchRunner.Run(bench, instance, kind, options, p => ShowProgress(name, p), cancellationToken);
                rows.Add(row);
                log($"  [{step}/{steps}] {name}: {BenchFormat.Count(row.Visits)} visits, {BenchFormat.Count(row.Unassigned)} unassigned, gap {BenchFormat.Gap(row.Gap)}, own bound gap {BenchFormat.Gap(row.OwnBoundGap)}, {BenchFormat.Seconds(row.WallSeconds)} (final at {BenchFormat.Seconds(row.SecondsToFinal)}), +{BenchFormat.Megabytes(row.PeakMemoryMb)}, {row.Status}");
            }
            if (year is null || cancellationToken.IsCancellationRequested) continue;
            step++;
            log($"  [{step}/{steps}] staffed year ({BenchFormat.Count(instance.Inspectors.Count)} officers) …");
            var y = YearRunner.Run(bench, instance, new PlannerOptions { Work = options.Work, TimeLimit = options.TimeLimit, Seed = options.Seed, Workers = options.Workers }, year, cancellationToken);
            years.Add(y);
            log($"  [{step}/{steps}] staffed year: {BenchFormat.Count(y.Visits)} visits ({BenchFormat.Gap(y.PriceShare)} over the per-enterprise bound, at least {BenchFormat.Gap(y.PriceBoundShare)}), {BenchFormat.Count(y.Unscheduled)} unscheduled, {BenchFormat.Count(y.Unassigned)} unassigned, {BenchFormat.Seconds(y.WallSeconds)}, {(y.Valid ? "valid" : "INVALID")}");
        }

        return new BenchRun
        {
            Started = started,
            TimeLimitSeconds = timeLimitSeconds,
            Workers = options.Workers,
            Planners = [.. planners.Select(PlannerNames.Name)],
            Cases = [.. cases.Select(c => c.Case).Where(c => rows.Any(r => r.Instance == c.Name) || years.Any(y => y.Instance == c.Name))],
            Rows = BenchRunner.WithReaches(rows),
            Years = years,
        };
    }

    private void ShowProgress(string planner, SolveProgress p)
    {
        var figures = p.Visits is { } v ? $", {BenchFormat.Count(v)} visits, {BenchFormat.Count(p.Unassigned ?? 0)} unassigned" : "";
        var bound = p.Bound is { } b ? $", bound {BenchFormat.Count(b)}" : "";
        log($"      {BenchFormat.Seconds(p.Elapsed.TotalSeconds),8} {planner}: {p.Phase}{figures}{bound}");
    }
}

using System.Diagnostics;
using System.Text.Json;
using Scheduler.Data.Stores;
using Scheduler.Solver;

namespace Scheduler.Api.Jobs;

/// <summary>
/// Writes a solve's progress to its run, synchronously on the solver's thread (no thread-pool hop, so reports
/// arrive in order), at most every <paramref name="interval"/> except the final report of a stage.
/// </summary>
public sealed class RunProgress(SolveRunStore runs, long runId, string stage, TimeSpan interval) : IProgress<SolveProgress>
{
    private readonly Stopwatch sinceLast = Stopwatch.StartNew();
    private bool first = true;

    public void Report(SolveProgress value)
    {
        if (!first && sinceLast.Elapsed < interval && value.Fraction < 1) return;
        first = false;
        sinceLast.Restart();
        var json = JsonSerializer.Serialize(new
        {
            stage,
            phase = value.Phase,
            fraction = value.Fraction,
            visits = value.Visits,
            unassigned = value.Unassigned,
            bound = value.Bound,
            gap = value.Gap is { } g && double.IsFinite(g) ? g : (double?)null,
            elapsedSeconds = Math.Round(value.Elapsed.TotalSeconds, 3),
        });
        try
        {
            runs.ReportProgressAsync(runId, json).GetAwaiter().GetResult();
        }
        catch (Npgsql.NpgsqlException)
        {
            // Progress is advisory: a lost report must not stop the solve.
        }
    }
}

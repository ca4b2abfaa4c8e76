using System.Diagnostics;
using System.Text.Json;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Solver;

namespace Scheduler.Api.Solves;

/// <summary>
/// Writes a solve's progress to its run, synchronously on the solver's thread (no thread-pool hop, so reports
/// arrive in order), at most every <paramref name="interval"/> except the final report of a stage. A report without
/// visits, unassigned or bound (the monthly stage's) carries those of <paramref name="carried"/> (the annual result),
/// so the progress page keeps showing the best visit count. "overall" is the share of the whole solve done: the
/// annual stage is its first <see cref="AnnualShare"/>, the months the rest.
/// </summary>
public sealed class RunProgress(SolveRunStore runs, long runId, ProgressStage stage, TimeSpan interval, SolveProgress? carried = null) : IProgress<SolveProgress>
{
    /// <summary>The annual stage's share of the progress bar.</summary>
    public const double AnnualShare = 0.8;

    private readonly Stopwatch sinceLast = Stopwatch.StartNew();
    private bool first = true;

    public void Report(SolveProgress value)
    {
        if (!first && sinceLast.Elapsed < interval && value.Fraction < 1) return;
        first = false;
        sinceLast.Restart();
        if (carried is not null)
        {
            value = value with { Visits = value.Visits ?? carried.Visits, Unassigned = value.Unassigned ?? carried.Unassigned, Bound = value.Bound ?? carried.Bound };
        }
        var fraction = Math.Clamp(double.IsFinite(value.Fraction) ? value.Fraction : 0, 0, 1);
        var report = new RunProgressReport
        {
            Stage = stage,
            Phase = value.Phase,
            Fraction = fraction,
            Overall = Math.Round(stage == ProgressStage.Annual ? AnnualShare * fraction : AnnualShare + (1 - AnnualShare) * fraction, 4),
            Visits = value.Visits,
            Unassigned = value.Unassigned,
            Bound = value.Bound,
            Gap = value.Gap is { } g && double.IsFinite(g) ? g : null,
            ElapsedSeconds = Math.Round(value.Elapsed.TotalSeconds, 3),
        };
        var json = JsonSerializer.Serialize(report, ApiJsonContext.Default.RunProgressReport);
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

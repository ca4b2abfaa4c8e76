using System.Globalization;
using Scheduler.Solver;
using Spectre.Console;

namespace Scheduler.Cli.Running;

/// <summary>
/// Runs a solve on the thread pool under a live progress bar fed by its <see cref="SolveProgress"/> reports
/// (phase, share done, elapsed time, figures). One solve per call; the bar stays on screen afterwards.
/// </summary>
internal static class LiveProgress
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(150);

    public static T Run<T>(IAnsiConsole display, Func<IProgress<SolveProgress>, T> solve)
    {
        var progress = new LatestProgress();
        var figures = new SolveFiguresColumn();
        return display.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn { Width = 12 },
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                figures)
            .Start(context =>
            {
                var bar = context.AddTask("starting", maxValue: 1.0);
                var work = Task.Run(() => solve(progress), CancellationToken.None);
                while (!work.Wait(RefreshEvery))
                {
                    Show(bar, figures, progress.Current);
                    context.Refresh();
                }
                var result = work.GetAwaiter().GetResult();
                Show(bar, figures, progress.Current);
                bar.Value = bar.MaxValue;
                bar.StopTask();
                return result;
            });
    }

    /// <summary>Phase as the description, "visits 10,093 bound 9,992 (+1.0%)" in the figures column.</summary>
    private static void Show(ProgressTask bar, SolveFiguresColumn figures, SolveProgress? report)
    {
        if (report is null) return;
        var parts = new List<string>();
        if (report.Visits is { } visits) parts.Add($"visits {Count(visits)}");
        if (report.Unassigned is { } unassigned and > 0) parts.Add($"unassigned {Count(unassigned)}");
        if (report.Bound is { } bound) parts.Add($"bound {Count(bound)}");
        if (report.Gap is { } gap) parts.Add($"({(gap >= 0 ? "+" : "")}{(gap * 100).ToString("0.0", CultureInfo.InvariantCulture)}%)");
        bar.Description = Markup.Escape(report.Phase);
        figures.Figures = string.Join(" ", parts);
        bar.Value = Math.Clamp(report.Fraction, 0, 1) * bar.MaxValue;
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

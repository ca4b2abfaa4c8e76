using System.Globalization;
using Scheduler.Domain.Model;
using Scheduler.Solver;
using Spectre.Console;

namespace Scheduler.Cli.Running;

/// <summary>Runs an annual planner, with a live progress bar fed by its <see cref="SolveProgress"/> reports when asked.</summary>
internal static class PlanRunner
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(150);

    public static PlanResult Run(Instance instance, PlannerOptions options, IAnsiConsole? display, CancellationToken cancellationToken)
    {
        var planner = AnnualPlanners.Create(options.Planner);
        if (display is null) return planner.Plan(instance, options, null, cancellationToken);

        var progress = new LatestProgress();
        return display.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new SpinnerColumn())
            .Start(context =>
            {
                var bar = context.AddTask(Markup.Escape(planner.Name), maxValue: 1.0);
                var solve = Task.Run(() => planner.Plan(instance, options, progress, cancellationToken), CancellationToken.None);
                while (!solve.Wait(RefreshEvery))
                {
                    Show(bar, planner.Name, progress.Current);
                    context.Refresh();
                }
                var result = solve.GetAwaiter().GetResult();
                Show(bar, planner.Name, progress.Current);
                bar.Value = bar.MaxValue;
                bar.StopTask();
                return result;
            });
    }

    /// <summary>"optimized · repairing capacity · visits 1,234 · bound 1,200 · gap 2.8%".</summary>
    private static void Show(ProgressTask bar, string planner, SolveProgress? report)
    {
        if (report is null) return;
        var parts = new List<string> { planner, report.Phase };
        if (report.Visits is { } visits) parts.Add($"visits {visits.ToString("N0", CultureInfo.InvariantCulture)}");
        if (report.Unassigned is { } unassigned and > 0) parts.Add($"unassigned {unassigned}");
        if (report.Bound is { } bound) parts.Add($"bound {bound.ToString("N0", CultureInfo.InvariantCulture)}");
        if (report.Gap is { } gap) parts.Add($"gap {(gap * 100).ToString("0.0", CultureInfo.InvariantCulture)}%");
        bar.Description = Markup.Escape(string.Join(" · ", parts));
        bar.Value = Math.Clamp(report.Fraction, 0, 1) * bar.MaxValue;
    }
}

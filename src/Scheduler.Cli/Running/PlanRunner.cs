using System.Globalization;
using Scheduler.Domain.Model;
using Scheduler.Solver;
using Spectre.Console;

namespace Scheduler.Cli.Running;

/// <summary>Runs an annual planner; on an interactive console with a live progress bar fed by its <see cref="SolveProgress"/> reports.</summary>
internal static class PlanRunner
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(150);

    /// <param name="display">Where to show progress; null for none (machine output).</param>
    public static PlanResult Run(Instance instance, PlannerOptions options, IAnsiConsole? display, CancellationToken cancellationToken)
    {
        var planner = AnnualPlanners.Create(options.Planner);
        if (display is null) return planner.Plan(instance, options, null, cancellationToken);

        display.MarkupLineInterpolated(
            $"Planning [bold]{instance.Name}[/] with [bold]{planner.Name}[/] (time limit {options.TimeLimit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s, {options.Workers} workers){(display.Profile.Capabilities.Interactive ? "; Ctrl+C stops it and keeps the best plan" : "")}.");
        // A redirected console gets no live display: Spectre's fallback would only print stray percentages.
        if (!display.Profile.Capabilities.Interactive) return planner.Plan(instance, options, null, cancellationToken);

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
                var solve = Task.Run(() => planner.Plan(instance, options, progress, cancellationToken), CancellationToken.None);
                while (!solve.Wait(RefreshEvery))
                {
                    Show(bar, figures, progress.Current);
                    context.Refresh();
                }
                var result = solve.GetAwaiter().GetResult();
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

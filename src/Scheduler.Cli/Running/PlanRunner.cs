using System.Globalization;
using Scheduler.Domain.Model;
using Scheduler.Solver;
using Spectre.Console;

namespace Scheduler.Cli.Running;

/// <summary>Runs an annual planner; on an interactive console with a live progress bar fed by its <see cref="SolveProgress"/> reports.</summary>
internal static class PlanRunner
{
    /// <param name="display">Where to show progress; null for none (machine output).</param>
    public static PlanResult Run(Instance instance, PlannerOptions options, IAnsiConsole? display, CancellationToken cancellationToken)
    {
        var planner = AnnualPlanners.Create(options.Planner);
        if (display is null) return planner.Plan(instance, options, null, cancellationToken);

        display.MarkupLineInterpolated(
            $"Planning [bold]{instance.Name}[/] with [bold]{planner.Name}[/] (time limit {options.TimeLimit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s, {options.Workers} workers){(display.Profile.Capabilities.Interactive ? "; Ctrl+C stops it and keeps the best plan" : "")}.");
        // A redirected console gets no live display: Spectre's fallback would only print stray percentages.
        if (!display.Profile.Capabilities.Interactive) return planner.Plan(instance, options, null, cancellationToken);

        return LiveProgress.Run(display, progress => planner.Plan(instance, options, progress, cancellationToken));
    }
}

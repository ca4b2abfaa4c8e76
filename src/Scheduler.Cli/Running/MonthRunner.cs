using System.Globalization;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;
using Spectre.Console;

namespace Scheduler.Cli.Running;

/// <summary>Runs the monthly planner for one month or the whole year; on an interactive console with a live progress bar.</summary>
internal static class MonthRunner
{
    /// <param name="display">Where to show progress; null for none (machine output).</param>
    public static MonthlyPlanResult PlanMonth(
        Instance instance, AnnualPlan annual, int month, MonthlyPlannerOptions options, IAnsiConsole? display, CancellationToken cancellationToken)
    {
        var planner = new MonthlyPlanner();
        if (display is null) return planner.Plan(instance, annual, month, options, null, cancellationToken);

        var visits = annual.Visits.Count(v => v.Month == month);
        display.MarkupLineInterpolated(
            $"Planning month [bold]{month}[/] of [bold]{instance.Name}[/]: {visits.ToString("N0", CultureInfo.InvariantCulture)} visits (time limit {Seconds(options.TimeLimit)} s, seed {options.Seed}){CtrlCHint(display)}.");
        if (!display.Profile.Capabilities.Interactive) return planner.Plan(instance, annual, month, options, null, cancellationToken);

        return LiveProgress.Run(display, progress =>
        {
            using var timed = new TimedProgress(progress, $"month {month}", options.TimeLimit, 1.0);
            return planner.Plan(instance, annual, month, options, null, cancellationToken);
        });
    }

    /// <summary>The twelve months in order (fewer when cancelled), each drawing officers other than the previous visit's.</summary>
    public static IReadOnlyList<MonthlyPlanResult> PlanYear(
        Instance instance, AnnualPlan annual, MonthlyPlannerOptions options, IAnsiConsole? display, CancellationToken cancellationToken)
    {
        var planner = new MonthlyPlanner();
        if (display is null) return planner.PlanYear(instance, annual, options, null, cancellationToken);

        display.MarkupLineInterpolated(
            $"Planning the 12 months of [bold]{instance.Name}[/] (time limit {Seconds(options.TimeLimit)} s a month, seed {options.Seed}){CtrlCHint(display)}.");
        if (!display.Profile.Capabilities.Interactive) return planner.PlanYear(instance, annual, options, null, cancellationToken);

        return LiveProgress.Run(display, progress =>
        {
            using var timed = new TimedProgress(progress, "month 1", options.TimeLimit, 1.0 / 12);
            return planner.PlanYear(instance, annual, options, timed, cancellationToken);
        });
    }

    private static string Seconds(TimeSpan limit) => limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    private static string CtrlCHint(IAnsiConsole display) =>
        display.Profile.Capabilities.Interactive ? "; Ctrl+C stops it and keeps the best plan" : "";
}

using System.Globalization;
using Scheduler.Domain.Model;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;
using Spectre.Console;

namespace Scheduler.Cli.Running;

/// <summary>Runs the staffed year (<see cref="StaffedYearPlanner"/>): the annual plan fitted to the officers, with its months.</summary>
internal static class StaffedRunner
{
    /// <param name="display">Where to show progress and the rounds; null for none (machine output).</param>
    public static StaffedYear Run(Instance instance, PlannerOptions options, MonthlyPlannerOptions monthOptions, IAnsiConsole? display, CancellationToken cancellationToken)
    {
        var planner = new StaffedYearPlanner();
        if (display is null) return planner.Plan(instance, options, monthOptions, null, cancellationToken);

        display.MarkupLineInterpolated(
            $"Planning [bold]{instance.Name}[/] for its {instance.Inspectors.Count.ToString("N0", CultureInfo.InvariantCulture)} officers (work {options.Work.ToString("0.##", CultureInfo.InvariantCulture)}, seed {options.Seed}, {options.Workers} workers){(display.Profile.Capabilities.Interactive ? "; Ctrl+C stops it and keeps the best plan" : "")}.");
        var year = display.Profile.Capabilities.Interactive
            ? LiveProgress.Run(display, progress => planner.Plan(instance, options, monthOptions, progress, cancellationToken))
            : planner.Plan(instance, options, monthOptions, null, cancellationToken);
        foreach (var r in year.Rounds)
            display.MarkupLineInterpolated(
                $"  staffing round {r.Round}: {r.Moves} moved, {r.Splits} split off, {r.Visits.ToString("N0", CultureInfo.InvariantCulture)} visits, {r.Unscheduled.ToString("N0", CultureInfo.InvariantCulture)} unscheduled");
        return year;
    }
}

using System.ComponentModel;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Input;

/// <summary>
/// The settings every solving command shares (plan, month, demo, bench) and their checks: the wall-clock safety net,
/// the workers and the seed. Each command declares <see cref="TimeLimit"/> with its own default and words; its own
/// checks (<see cref="ValidateOwn"/>) come first, then the shared ones.
/// </summary>
internal abstract class SolveCommandSettings : CommandSettings
{
    /// <summary>The wall-clock budget (seconds); a positive, finite number.</summary>
    public abstract double TimeLimit { get; init; }

    [CommandOption("--workers <N>")]
    [Description("Parallel workers (default 2); they change the speed, never the plan.")]
    public int? Workers { get; init; }

    /// <summary>The seed of the planners and of the officer draw; commands without a --seed option use 1.</summary>
    public virtual int Seed { get; init; } = 1;

    public int WorkersOrDefault => Workers ?? PlannerOptions.DefaultWorkers;

    public sealed override ValidationResult Validate()
    {
        var own = ValidateOwn();
        if (!own.Successful) return own;
        if (PositiveSeconds(TimeLimit, "--time-limit") is { } timeLimit) return timeLimit;
        if (Workers is < 1) return ValidationResult.Error($"--workers must be at least 1, not {Workers}");
        return ValidationResult.Success();
    }

    /// <summary>The command's own checks (required options, ranges), before the shared ones.</summary>
    protected virtual ValidationResult ValidateOwn() => ValidationResult.Success();

    /// <returns>The error when <paramref name="seconds"/> is not a positive, finite number of seconds; else null.</returns>
    protected static ValidationResult? PositiveSeconds(double seconds, string option) =>
        seconds > 0 && !double.IsInfinity(seconds) ? null : ValidationResult.Error($"{option} must be a positive number of seconds, not {seconds}");

    /// <summary>The annual planner's options: these settings with the command's planner and work.</summary>
    public PlannerOptions AnnualOptions(PlannerKind planner = PlannerKind.Optimized, double work = PlannerOptions.DefaultWork, int? workers = null) => new()
    {
        Planner = planner,
        Work = work,
        TimeLimit = TimeSpan.FromSeconds(TimeLimit),
        Seed = Seed,
        Workers = workers ?? WorkersOrDefault,
    };

    /// <summary>The monthly planner's options: these settings with the month's own time limit (seconds).</summary>
    public MonthlyPlannerOptions MonthOptions(double timeLimit) => new()
    {
        Seed = Seed,
        TimeLimit = TimeSpan.FromSeconds(timeLimit),
        Workers = WorkersOrDefault,
    };
}

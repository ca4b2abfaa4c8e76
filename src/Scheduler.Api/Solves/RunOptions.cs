using Scheduler.Api.Hosting;
using Scheduler.Data.Stores;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;

namespace Scheduler.Api.Solves;

/// <summary>
/// The planner options of a run's job (solve or replan): the run's seed and work decide the plan; the time limits are only
/// safety nets and the workers are fixed by configuration.
/// </summary>
public static class RunOptions
{
    public static PlannerOptions Annual(SchedulerOptions config, SolveSettings run) => new()
    {
        Planner = PlannerKind.Optimized,
        Work = run.Work,
        Seed = run.Seed,
        TimeLimit = TimeSpan.FromSeconds(config.AnnualTimeLimitSeconds),
        Workers = config.SolverWorkers,
    };

    public static MonthlyPlannerOptions Month(SchedulerOptions config, SolveSettings run) => new()
    {
        Seed = run.Seed,
        TimeLimit = TimeSpan.FromSeconds(config.MonthTimeLimitSeconds),
        Workers = config.SolverWorkers,
    };
}

using System.Globalization;

namespace Scheduler.Solver.Cp;

/// <summary>CP-SAT parameter strings: one worker per sub-solve (the planners parallelise above CP-SAT), seeded.</summary>
internal static class CpParameters
{
    public static string SubSolve(int seed, double seconds, int workers = 1) => string.Create(CultureInfo.InvariantCulture,
        $"num_workers:{Math.Max(1, workers)} random_seed:{seed} max_time_in_seconds:{Math.Max(0.01, seconds):0.###} log_search_progress:false catch_sigint_signal:false");
}

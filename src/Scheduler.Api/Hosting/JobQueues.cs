namespace Scheduler.Api.Hosting;

/// <summary>
/// The Hangfire queues (docs/deploy.md): short jobs (a replan of the months left, and any draw, export or what-if made a
/// job later) never wait behind the long solves of whole years, since every worker process runs a job server for each
/// queue with its own worker count (Scheduler:Workers:Short, Scheduler:Workers:Solves).
/// </summary>
public static class JobQueues
{
    /// <summary>Seconds-long jobs: a <see cref="Scheduler.Api.Replans.ReplanJob"/> with the staff ignored (<see cref="OfReplan"/>).</summary>
    public const string Short = "short";

    /// <summary>A year's solve (<see cref="Scheduler.Api.Solves.SolveJob"/>, and a province run's county, <see cref="Scheduler.Api.ProvinceRuns.ProvinceCountyJob"/>): minutes.</summary>
    public const string Solves = "solves";

    /// <summary>
    /// A replan's queue: fitted to the officers it re-plans the months left in rounds (about a minute on 12,000 enterprises,
    /// bench/README "Staff-fitted replans"), so it waits with the solves; with the staff ignored it takes seconds.
    /// </summary>
    public static string OfReplan(string staff) => staff == Scheduler.Data.Stores.SolveSettings.Ignore ? Short : Solves;

    /// <summary>Hangfire's default queue, where versions before the split enqueued everything; the solves server still drains it.</summary>
    public const string Default = "default";
}

using System.ComponentModel.DataAnnotations;

namespace Scheduler.Api.Hosting;

/// <summary>Scheduler:Workers: Hangfire workers of each queue in a worker process (docs/deploy.md).</summary>
public sealed class WorkerCounts
{
    /// <summary>Workers of the <see cref="JobQueues.Short"/> queue.</summary>
    [Range(1, 64)]
    public int Short { get; set; } = 2;

    /// <summary>Workers of the <see cref="JobQueues.Solves"/> queue: solves this process runs at once; unset, Scheduler:ConcurrentSolves.</summary>
    [Range(1, 64)]
    public int? Solves { get; set; }
}

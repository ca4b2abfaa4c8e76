using Hangfire;
using Microsoft.Extensions.Options;

namespace Scheduler.Api.Hosting;

/// <summary>
/// The Hangfire job servers of a worker process (Scheduler:Role worker or both; none in a web process): one for the
/// <see cref="JobQueues.Short"/> queue with Scheduler:Workers:Short workers, one for <see cref="JobQueues.Solves"/> (and
/// the old <see cref="JobQueues.Default"/>) with Scheduler:Workers:Solves, so a queue of long solves never holds up a
/// short job and the reverse. Jobs run on this host's activator and storage (two hosts in one process, as in the tests,
/// never run each other's jobs).
/// </summary>
public sealed class JobServers(IOptions<SchedulerOptions> options, IServiceProvider services, ILogger<JobServers> logger)
    : IHostedService, IDisposable
{
    // Replaced whole, never changed in place: a host being disposed may stop and dispose this service concurrently.
    private BackgroundJobServer[] servers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var role = ServerRole.Parse(options.Value.Role);
        if (!role.Worker)
        {
            logger.LogInformation("Scheduler:Role {Role}: this process enqueues jobs and runs none", role.Name);
            return Task.CompletedTask;
        }
        // Resolving the global configuration applies AddHangfire's settings (serializer, log provider) before a job runs.
        services.GetRequiredService<IGlobalConfiguration>();
        var storage = services.GetRequiredService<JobStorage>();
        var activator = services.GetRequiredService<JobActivator>();
        // Hangfire's filters (the methods' attributes, the global ones) and this host's own.
        var filters = new Hangfire.Common.JobFilterProviderCollection(Hangfire.Common.JobFilterProviders.Providers,
            new Hangfire.Common.JobFilterCollection { services.GetRequiredService<ProvinceRuns.ProvinceCountyFailure>() });
        servers =
        [
            Start(storage, activator, filters, JobQueues.Short, [JobQueues.Short], options.Value.Workers.Short),
            Start(storage, activator, filters, JobQueues.Solves, [JobQueues.Solves, JobQueues.Default], options.Value.SolveWorkers),
        ];
        return Task.CompletedTask;
    }

    /// <summary>Both servers stop together: running jobs are cancelled (a solve throws, so Hangfire requeues it at once).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var running = servers;
        foreach (var server in running) server.SendStop();
        try
        {
            foreach (var server in running) await server.WaitForShutdownAsync(cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // disposed meanwhile: nothing left to wait for
        }
    }

    public void Dispose()
    {
        foreach (var server in Interlocked.Exchange(ref servers, [])) server.Dispose();
    }

    private static BackgroundJobServer Start(JobStorage storage, JobActivator activator, Hangfire.Common.IJobFilterProvider filters, string name,
        string[] queues, int workers) =>
        new(new BackgroundJobServerOptions
        {
            ServerName = $"{Environment.MachineName}.{name}",   // Hangfire adds the process id and a GUID
            Queues = queues,
            WorkerCount = workers,
            Activator = activator,
            FilterProvider = filters,
        }, storage);
}

using Npgsql;

namespace Scheduler.Api.Hosting;

/// <summary>
/// The PostgreSQL connections one process may open (docs/deploy.md, "Connections"), as Npgsql's Maximum Pool Size of its
/// two pools:
/// <list type="bullet">
/// <item>the service's own data source: <c>WebPool</c> (requests, pages) in a web process, plus <c>2 × (short + solves)</c>
/// in a worker process (a running job holds one connection for its run and briefly a second for progress and the cancel
/// flag);</item>
/// <item>Hangfire's: <see cref="ClientConnections"/> in a web process (enqueueing, the dashboard), plus
/// <c>short + solves + 2 × </c><see cref="ServerConnections"/> in a worker process (each worker fetches over one; each of
/// the two job servers runs watchdog, cancellation watcher, heartbeat, schedulers, expiration and counters on its own).</item>
/// </list>
/// So a web process uses at most <c>WebPool + 5</c>, a worker <c>3 × (short + solves) + 14</c>, both the sum; all the
/// processes together must stay within <c>max_connections − superuser_reserved_connections</c>.
/// </summary>
public sealed record ConnectionBudget(int ServicePool, int HangfirePool)
{
    public const int ClientConnections = 5;
    /// <summary>A job server's own processes besides its workers: ServerWatchdog, ServerJobCancellationWatcher, ExpirationManager,
    /// CountersAggregator, the PostgreSQL heartbeat, DelayedJobScheduler, RecurringJobScheduler (as its start-up log lists them).</summary>
    public const int ServerConnections = 7;

    /// <summary>Connections of this process: both pools full.</summary>
    public int PerProcess => ServicePool + HangfirePool;

    public static ConnectionBudget For(SchedulerOptions options, ServerRole role)
    {
        int jobs = options.Workers.Short + options.SolveWorkers;
        int service = (role.Web ? options.WebPool : 0) + (role.Worker ? 2 * jobs : 0);
        int hangfire = (role.Web ? ClientConnections : 0) + (role.Worker ? jobs + 2 * ServerConnections : 0);
        return new ConnectionBudget(service, hangfire);
    }

    /// <summary><paramref name="connectionString"/> with its Maximum Pool Size set to <paramref name="size"/>.</summary>
    public static string WithPoolSize(string connectionString, int size) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = size }.ConnectionString;

    /// <summary>
    /// Logs the pools, and warns when Scheduler:Servers processes like this one need more than the budget: Scheduler:MaxConnections,
    /// else the server's max_connections less superuser_reserved_connections.
    /// </summary>
    public async Task CheckAsync(SchedulerOptions options, ServerRole role, NpgsqlDataSource dataSource, ILogger logger, CancellationToken cancellationToken)
    {
        int budget = options.MaxConnections;
        string source = "Scheduler:MaxConnections";
        if (budget == 0)
        {
            await using var command = dataSource.CreateCommand(
                "select current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int");
            budget = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
            source = "the server's max_connections - superuser_reserved_connections";
        }
        long needed = (long)options.Servers * PerProcess;
        logger.LogInformation(
            "Role {Role}: Hangfire workers short {Short}, solves {Solves}; pools: service {Service}, Hangfire {Hangfire} = {PerProcess} connections; {Servers} server(s) need {Needed} of {Budget} ({Source})",
            role.Name, role.Worker ? options.Workers.Short : 0, role.Worker ? options.SolveWorkers : 0, ServicePool, HangfirePool, PerProcess,
            options.Servers, needed, budget, source);
        if (needed > budget)
        {
            logger.LogWarning(
                "Connections: Scheduler:Servers {Servers} × {PerProcess} per process (role {Role}) = {Needed} exceed the budget of {Budget} ({Source}); " +
                "lower Scheduler:Workers:Short / Scheduler:Workers:Solves / Scheduler:WebPool or raise max_connections (docs/deploy.md)",
                options.Servers, PerProcess, role.Name, needed, budget, source);
        }
    }
}

using Microsoft.Extensions.Options;
using Scheduler.Data;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Hosting;

/// <summary>Before the server takes requests: applies the migrations, then seeds the office token on an empty database.</summary>
public sealed class DatabaseStartup(Migrator migrator, TokenStore tokens, IOptions<SchedulerOptions> options, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await migrator.MigrateAsync(cancellationToken);
        if (applied.Count > 0) logger.LogInformation("Applied migrations {Versions}", string.Join(", ", applied));
        if (options.Value.OfficeToken is { Length: > 0 } token && await tokens.SeedOfficeAsync(token, cancellationToken))
        {
            logger.LogInformation("Seeded the office token from Scheduler:OfficeToken");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

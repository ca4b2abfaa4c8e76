using Microsoft.Extensions.Options;
using Npgsql;
using Scheduler.Data;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Hosting;

/// <summary>
/// Before the server takes requests or runs jobs (every role): applies the migrations (every county's and the platform's),
/// seeds the office token on an empty database and the province token on a platform without one, and checks the connection budget (<see cref="ConnectionBudget"/>).
/// </summary>
public sealed class DatabaseStartup(Migrator migrator, TokenStore tokens, ProvinceTokenStore provinceTokens, NpgsqlDataSource dataSource, IOptions<SchedulerOptions> options,
    ILogger<DatabaseStartup> logger)
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
        if (options.Value.ProvinceToken is { Length: > 0 } province && await provinceTokens.SeedAsync(province, cancellationToken))
        {
            logger.LogInformation("Seeded the province token from Scheduler:ProvinceToken");
        }
        var role = ServerRole.Parse(options.Value.Role);
        await ConnectionBudget.For(options.Value, role).CheckAsync(options.Value, role, dataSource, logger, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

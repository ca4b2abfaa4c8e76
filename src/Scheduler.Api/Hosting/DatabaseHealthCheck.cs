using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scheduler.Data;

namespace Scheduler.Api.Hosting;

/// <summary>Healthy once the database answers and carries every migration of this build.</summary>
public sealed class DatabaseHealthCheck(Migrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await migrator.CurrentVersionAsync(cancellationToken);
            return version >= Migrator.LatestVersion
                ? HealthCheckResult.Healthy($"schema version {version}")
                : HealthCheckResult.Unhealthy($"schema version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, expected {Migrator.LatestVersion}");
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("the database does not answer", e);
        }
    }
}

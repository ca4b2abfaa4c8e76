using Npgsql;
using Scheduler.Data;

namespace Scheduler.Api.Tests;

/// <summary>Migrations on a fresh database (this class never starts the service, so its database stays empty until the test).</summary>
public sealed class MigratorTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Migrate_AppliesEachMigrationOnce_WhenFourServersStartTogether()
    {
        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        var migrator = new Migrator(dataSource);
        Assert.Null(await migrator.CurrentVersionAsync());

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => migrator.MigrateAsync()));

        Assert.Equal(Migrator.Migrations.Select(m => m.Version), applied.SelectMany(a => a).Order());
        Assert.Equal(Migrator.LatestVersion, await migrator.CurrentVersionAsync());
        Assert.Empty(await migrator.MigrateAsync());
    }
}


namespace Scheduler.Data.Tests;

/// <summary>Migrations on a fresh database (this class never migrates before the test, so its database starts empty).</summary>
public sealed class MigratorTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Migrate_AppliesEachMigrationOnce_WhenFourServersStartTogether()
    {
        var migrator = new Migrator(db.DataSource);
        Assert.Null(await migrator.CurrentVersionAsync());

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => migrator.MigrateAsync()));

        Assert.Equal(Migrator.Migrations.Select(m => m.Version), applied.SelectMany(a => a).Order());
        Assert.Equal(Migrator.LatestVersion, await migrator.CurrentVersionAsync());
        Assert.Empty(await migrator.MigrateAsync());
    }
}

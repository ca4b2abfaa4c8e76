using Npgsql;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Tests;

/// <summary>
/// An empty database of its own, created on the PostgreSQL of SCHEDULER_TEST_PG (scripts/test.sh starts one) and dropped
/// afterwards. Without SCHEDULER_TEST_PG every test using it fails, saying so: never skipped.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public const string Variable = "SCHEDULER_TEST_PG";

    private readonly string database = "scheduler_data_test_" + Guid.NewGuid().ToString("N")[..12];
    private NpgsqlDataSource? dataSource;

    /// <summary>The database's data source for the stores (empty until a test migrates it).</summary>
    public CountyDataSource DataSource => new(dataSource ?? throw new InvalidOperationException("not initialized"));

    public async Task InitializeAsync()
    {
        var admin = Admin() ?? throw new InvalidOperationException(
            $"{Variable} is not set: the data tests need a real PostgreSQL. Run scripts/test.sh, which starts a throwaway " +
            $"cluster, or set {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\".");
        await ExecuteAsync(admin, $"create database {database}");
        dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString);
    }

    /// <summary>The database with every migration applied (once; later calls find nothing to do).</summary>
    public async Task<CountyDataSource> MigratedAsync()
    {
        await new Migrator(DataSource).MigrateAsync();
        return DataSource;
    }

    /// <summary>The migrated database with tiny's register saved for <paramref name="year"/> (once: the first call saves version 1).</summary>
    public async Task<CountyDataSource> WithRegisterAsync(int year)
    {
        var data = await MigratedAsync();
        var registers = new RegisterStore(data);
        if (!await registers.ExistsAsync(year)) await registers.SaveVersionAsync(year, Samples.TinyRegister(year), "office#1");
        return data;
    }

    public async Task DisposeAsync()
    {
        if (dataSource is null || Admin() is not { } admin) return;
        await dataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(admin, $"drop database if exists {database} with (force)");
    }

    private static string? Admin() => Environment.GetEnvironmentVariable(Variable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

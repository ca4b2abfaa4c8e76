using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Scheduler.Api.Tests;

/// <summary>
/// The service over a database of its own, created on the PostgreSQL of SCHEDULER_TEST_PG (scripts/test.sh starts
/// one) and dropped afterwards. Without SCHEDULER_TEST_PG every test using it fails, saying so: never skipped.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string OfficeToken = "office-test-token";
    public const string ProvinceToken = "province.test-token-of-the-province";
    public const string Variable = "SCHEDULER_TEST_PG";

    /// <summary>Scheduler:MaxBodyMegabytes of the service under test (small, so an oversize body is cheap to send).</summary>
    public const int BodyLimitMegabytes = 1;

    private readonly string database = "scheduler_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? connectionString;

    /// <summary>The connection string of this factory's own database.</summary>
    public string ConnectionString => connectionString ?? throw new InvalidOperationException("not initialized");

    public async Task InitializeAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set: the API tests need a real PostgreSQL. Run scripts/test.sh, which starts a throwaway " +
                $"cluster, or set {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\".");
        }
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database {database}", connection);
            await command.ExecuteNonQueryAsync();
        }
        connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Scheduler", connectionString ?? throw new InvalidOperationException("not initialized"));
        builder.UseSetting("Scheduler:OfficeToken", OfficeToken);
        builder.UseSetting("Scheduler:ProvinceToken", ProvinceToken);
        builder.UseSetting("Scheduler:AnnualTimeLimitSeconds", "5");
        builder.UseSetting("Scheduler:MonthTimeLimitSeconds", "3");
        builder.UseSetting("Scheduler:SolverWorkers", "1");
        builder.UseSetting("Scheduler:ConcurrentSolves", "1");
        builder.UseSetting("Scheduler:MaxBodyMegabytes", BodyLimitMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A client sending the bearer token (none when null).</summary>
    public HttpClient Client(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin) || connectionString is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop database if exists {database} with (force)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Scheduler.Api.Hosting;

namespace Scheduler.Api.Tests.Hosting;

/// <summary>The one replay of a request a transient database fault failed: reads always, writes only when nothing was committed.</summary>
public sealed class DatabaseRetryTests
{
    private static async Task<(int Calls, Exception? Thrown)> RunAsync(string method, params Exception?[] faults)
    {
        var calls = 0;
        var retry = new DatabaseRetry(context =>
        {
            var fault = calls < faults.Length ? faults[calls] : null;
            calls++;
            if (fault is not null) throw fault;
            context.Response.StatusCode = 200;
            return Task.CompletedTask;
        }, NullLogger<DatabaseRetry>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = "/api/years/2026/needs";
        try
        {
            await retry.InvokeAsync(context);
            return (calls, null);
        }
        catch (Exception e)
        {
            return (calls, e);
        }
    }

    private static PostgresException Pg(string state) => new("fault", "ERROR", "ERROR", state);

    [Fact]
    public async Task Invoke_ReplaysAWriteOnce_WhenTheServerRolledItBack()
    {
        var (calls, thrown) = await RunAsync("PUT", Pg(PostgresErrorCodes.SerializationFailure));
        Assert.Equal(2, calls);
        Assert.Null(thrown);
    }

    [Fact]
    public async Task Invoke_DoesNotReplayAWrite_WhenTheServerShutDownMidRequest()
    {
        var (calls, thrown) = await RunAsync("PUT", Pg(PostgresErrorCodes.AdminShutdown));
        Assert.Equal(1, calls);
        Assert.IsType<PostgresException>(thrown);
    }

    [Fact]
    public async Task Invoke_ReplaysARead_WhenTheServerShutDownMidRequest()
    {
        var (calls, thrown) = await RunAsync("GET", Pg(PostgresErrorCodes.AdminShutdown));
        Assert.Equal(2, calls);
        Assert.Null(thrown);
    }

    [Fact]
    public async Task Invoke_ReplaysOnlyOnce_WhenTheFaultPersists()
    {
        var (calls, thrown) = await RunAsync("GET", Pg(PostgresErrorCodes.AdminShutdown), Pg(PostgresErrorCodes.AdminShutdown), null);
        Assert.Equal(2, calls);
        Assert.IsType<PostgresException>(thrown);
    }

    [Fact]
    public async Task Invoke_DoesNotReplayAPage_WhenTheDatabaseFails()
    {
        var calls = 0;
        var retry = new DatabaseRetry(_ => { calls++; throw Pg(PostgresErrorCodes.AdminShutdown); }, NullLogger<DatabaseRetry>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/departments/SCJG/needs";
        await Assert.ThrowsAsync<PostgresException>(() => retry.InvokeAsync(context));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Invoke_DoesNotReplay_WhenTheFaultIsNotTheDatabases()
    {
        var (calls, thrown) = await RunAsync("GET", new InvalidOperationException("a bug"));
        Assert.Equal(1, calls);
        Assert.IsType<InvalidOperationException>(thrown);
    }
}

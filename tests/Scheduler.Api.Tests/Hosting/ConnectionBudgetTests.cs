using Microsoft.Extensions.Logging;
using Scheduler.Api.Hosting;

namespace Scheduler.Api.Tests.Hosting;

/// <summary>The pool formula of docs/deploy.md: web WebPool + 5, worker 3 × (short + solves) + 14, both the sum.</summary>
public sealed class ConnectionBudgetTests
{
    [Fact]
    public void PoolSizes_FollowTheDocumentedFormula()
    {
        var options = new SchedulerOptions { WebPool = 20, Workers = new WorkerCounts { Short = 2, Solves = 3 } };

        var web = ConnectionBudget.For(options, ServerRole.WebOnly);
        Assert.Equal(new ConnectionBudget(20, 5), web);
        var worker = ConnectionBudget.For(options, ServerRole.WorkerOnly);
        Assert.Equal(new ConnectionBudget(10, 19), worker);
        Assert.Equal(3 * 5 + 14, worker.PerProcess);
        Assert.Equal(web.PerProcess + worker.PerProcess, ConnectionBudget.For(options, ServerRole.Both).PerProcess);
    }

    [Fact]
    public void SolveWorkers_FallBackToConcurrentSolves()
    {
        Assert.Equal(4, new SchedulerOptions { ConcurrentSolves = 4 }.SolveWorkers);
        Assert.Equal(2, new SchedulerOptions { ConcurrentSolves = 4, Workers = new WorkerCounts { Solves = 2 } }.SolveWorkers);
    }

    [Theory]
    [InlineData("web", true, false)]
    [InlineData("Worker", false, true)]
    [InlineData("both", true, true)]
    [InlineData(null, true, true)]
    public void Roles_Parse(string? value, bool web, bool worker)
    {
        var role = ServerRole.Parse(value);
        Assert.Equal((web, worker), (role.Web, role.Worker));
    }

    [Fact]
    public void ConnectionString_GetsThePoolSize()
    {
        var connection = ConnectionBudget.WithPoolSize("Host=db;Username=postgres;Database=scheduler", 17);
        Assert.Contains("Maximum Pool Size=17", connection);
    }

    [Fact]
    public async Task StartUpCheck_Warns_WhenTheServersExceedTheBudget()
    {
        var options = new SchedulerOptions { Servers = 3, MaxConnections = 100 };   // both: 25 + 23 = 48 a process
        var budget = ConnectionBudget.For(options, ServerRole.Both);
        Assert.Equal(48, budget.PerProcess);

        var over = new ListLogger();
        await budget.CheckAsync(options, ServerRole.Both, null!, over, CancellationToken.None);   // a set budget reads no database
        var warning = Assert.Single(over.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("Scheduler:Servers 3 × 48 per process (role both) = 144 exceed the budget of 100 (Scheduler:MaxConnections)", warning.Text);

        var within = new ListLogger();
        await budget.CheckAsync(new SchedulerOptions { Servers = 2, MaxConnections = 100 }, ServerRole.Both, null!, within, CancellationToken.None);
        Assert.DoesNotContain(within.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains(within.Lines, l => l.Text.Contains("2 server(s) need 96 of 100", StringComparison.Ordinal));
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }
}

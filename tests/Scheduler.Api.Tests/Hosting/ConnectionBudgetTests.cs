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
}

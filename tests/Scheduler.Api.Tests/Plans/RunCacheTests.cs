using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Plans;
using Scheduler.Data.Stores;
using Scheduler.Tests.Shared;

namespace Scheduler.Api.Tests.Plans;

/// <summary>Parsed runs kept for the pages: read once, only runs with a plan, the last few runs.</summary>
public sealed class RunCacheTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private SolveRunStore Runs => api.Services.GetRequiredService<SolveRunStore>();

    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<SolveRun> SolvedRunAsync()
    {
        var root = ValidatorScript.RepoRoot ?? throw new InvalidOperationException("no Scheduler.sln above the tests");
        var instanceJson = await File.ReadAllTextAsync(Path.Combine(root, "samples", "tiny.json"));
        var planJson = await File.ReadAllTextAsync(Path.Combine(root, "samples", "tiny.plan.json"));
        var id = await Runs.CreateAsync(Tiny.Year, instanceJson, "test");
        await Runs.StartAsync(id);
        Assert.True(await Runs.CompleteAsync(id, SolveStates.Succeeded, "{}", planJson, "[]", null));
        return (await Runs.GetAsync(id))!;
    }

    [Fact]
    public async Task GetAsync_ReturnsTheSameParsedRun_WhenAskedAgain()
    {
        var cache = new RunCache(Runs);
        var run = await SolvedRunAsync();

        var first = await cache.GetAsync(run, CancellationToken.None);
        var second = await cache.GetAsync(run.Id, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(23, first.Plan.Visits.Count);
        Assert.Empty(await first.MonthsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenTheRunHasNoPlan()
    {
        var cache = new RunCache(Runs);
        var id = await Runs.CreateAsync(Tiny.Year, Tiny.Register(), "test");

        Assert.Null(await cache.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_ReadsARunAgain_WhenNewerRunsPushedItOut()
    {
        var cache = new RunCache(Runs, capacity: 1);
        var a = await SolvedRunAsync();
        var b = await SolvedRunAsync();

        var first = await cache.GetAsync(a, CancellationToken.None);
        await cache.GetAsync(b, CancellationToken.None);
        var again = await cache.GetAsync(a, CancellationToken.None);

        Assert.NotNull(again);
        Assert.NotSame(first, again);
    }
}

using Scheduler.Data.Stores;

namespace Scheduler.Data.Tests.Stores;

/// <summary>A run's visit records, append-only: consecutive versions per run, each audited with who sent it.</summary>
public sealed class RecordStoreTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const int Year = 2026;

    public Task InitializeAsync() => db.WithRegisterAsync(Year);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AddAsync_KeepsEveryUploadAsTheRunsNextVersion_WhenSixArriveTogether()
    {
        var run = await new SolveRunStore(db.DataSource).CreateAsync(Year, "{}", "office#1");
        var other = await new SolveRunStore(db.DataSource).CreateAsync(Year, "{}", "office#1");
        var store = new RecordStore(db.DataSource);

        var versions = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            store.AddAsync(run, i % 2 == 0 ? null : "SCJG", $"{{\"records\":[],\"n\":{i}}}", i, i % 2 == 0 ? "office#1" : "dept#1")));
        var otherVersion = await store.AddAsync(other, "YY", "{\"records\":[]}", 0, "dept#2");

        Assert.Equal(Enumerable.Range(1, 6), versions.Order());
        Assert.Equal(1, otherVersion);
        var kept = await store.ListAsync(run);
        Assert.Equal(Enumerable.Range(1, 6), kept.Select(k => k.Version));
        Assert.All(kept, k => Assert.Equal(k.Department is null ? "office#1" : "dept#1", k.SubmittedBy));
        Assert.Equal(3, kept.Count(k => k.Department == "SCJG"));
    }
}

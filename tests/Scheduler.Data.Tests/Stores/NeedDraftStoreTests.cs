using Scheduler.Data.Stores;

namespace Scheduler.Data.Tests.Stores;

/// <summary>The draft and upload tables on real PostgreSQL (a database of the class's own, migrated, with tiny's register).</summary>
public sealed class NeedDraftStoreTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const int Year = 2026;

    public Task InitializeAsync() => db.WithRegisterAsync(Year);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveAsync_ReplacesTheDraftAndAuditsEachChange_WhenSavedTwice()
    {
        var data = db.DataSource;
        var store = new NeedDraftStore(data);
        Assert.Null(await store.GetAsync(Year, "YY"));
        await store.SaveAsync(Year, "YY", null, [new("N1", "E9", "x", "abc", "13", "", "")], "tester", "needs draft row added");
        await store.SaveAsync(Year, "YY", 3, [new("N2", "E1", "YY-01", "1", "", "1", "否")], "tester", "needs draft row edited");
        var draft = await store.GetAsync(Year, "YY");
        Assert.Equal(3, draft!.BaseVersion);
        Assert.Equal("N2", Assert.Single(draft.Rows).Id);
        await using var command = data.Root.CreateCommand("select count(*) from audit where what like 'needs draft row%' and detail->>'department' = 'YY'");
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ApplyUploadAsync_AppliesOnce_WhenCalledTwice()
    {
        var store = new NeedDraftStore(db.DataSource);
        var id = await store.AddUploadAsync(Year, "SCJG", "a.csv", "text/csv", [1, 2, 3], "tester");
        Assert.True(await store.ApplyUploadAsync(id, null, [new("N1", "E1", "SCJG-01", "1", "", "", "")], "tester"));
        Assert.False(await store.ApplyUploadAsync(id, null, [], "tester"));
        Assert.False(await store.DiscardUploadAsync(id, "tester"));
        var upload = await store.GetUploadAsync(id);
        Assert.Equal(NeedDraftStore.UploadApplied, upload!.State);
        Assert.Equal([1, 2, 3], upload.Content);
        Assert.Single((await store.GetAsync(Year, "SCJG"))!.Rows);
    }
}

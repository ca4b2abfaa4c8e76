using Scheduler.Data.Stores;

namespace Scheduler.Data.Tests.Stores;

/// <summary>
/// Needs and sampling rules share one versioned insert (DepartmentVersions): concurrent submissions of a department
/// each get their own number, and departments number apart.
/// </summary>
public sealed class DepartmentVersionsTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const int Year = 2026;

    public Task InitializeAsync() => db.WithRegisterAsync(Year);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task NeedStore_NumbersEachSubmission_WhenEightSubmitTogether()
    {
        var store = new NeedStore(db.DataSource);
        var needs = Samples.Tiny.Needs.Where(n => n.Department == "SCJG").ToList();

        var submitted = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => store.SubmitAsync(Year, "SCJG", needs, $"dept#{i}")));
        var other = await store.SubmitAsync(Year, "YY", [], "dept#9");

        Assert.Equal(Enumerable.Range(1, 8), submitted.Select(s => s.Version).Order());
        Assert.Equal(Enumerable.Range(1, 8), await store.VersionsAsync(Year, "SCJG"));
        Assert.Equal(1, other.Version);
        var latest = await store.GetAsync(Year, "SCJG", null);
        Assert.Equal(8, latest!.Version);
        Assert.Equal(needs.Count, NeedsJson.Read(latest.NeedsJson).Count);
    }

    [Fact]
    public async Task RuleStore_NumbersEachSubmission_WhenEightSubmitTogether()
    {
        var store = new RuleStore(db.DataSource);

        var saved = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => store.SubmitAsync(Year, "WHSC", $"{{\"rules\":[],\"n\":{i}}}", 0, $"dept#{i}")));

        Assert.Equal(Enumerable.Range(1, 8), saved.Select(s => s.Version).Order());
        var latest = await store.GetAsync(Year, "WHSC", null);
        Assert.Equal(8, latest!.Version);
        Assert.Equal(saved.Single(s => s.Version == 8).RulesJson, latest.RulesJson);
        Assert.Null(await store.GetAsync(Year, "YJGL", null));
    }
}

using System.Text.Json;
using Npgsql;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Tests.Tenancy;

/// <summary>Province runs: the closing step closes a run exactly once however its counties finish; cancel and re-run.</summary>
public sealed class ProvinceRunStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private const int Year = 2026;

    [Fact]
    public async Task FinishCountyAsync_ClosesTheRunExactlyOnce_WhenFortyCountiesFinishConcurrently()
    {
        var (store, _) = await StoreAsync();
        var codes = await CountiesOnlyListedAsync(40, first: 340001);
        var run = (await store.CreateAsync(2031, codes, "province#1"))!.Value;
        foreach (var code in codes) Assert.NotNull(await store.BeginCountyAsync(run, code, 1, "test:1"));

        // Every finish is its own connection and transaction, all at once; one county fails.
        var closes = await Task.WhenAll(codes.Select(code => Task.Run(() =>
            store.FinishCountyAsync(run, code, 1, code == codes[7] ? SolveStates.Failed : SolveStates.Succeeded, code == codes[7] ? "boom" : null))));

        Assert.Equal(1, closes.Count(c => c));
        var stored = (await store.GetAsync(run))!;
        Assert.Equal(SolveStates.Failed, stored.State);
        Assert.NotNull(stored.ClosedAt);
        Assert.Equal(40, stored.Summary!.Totals.Counties);
        Assert.Equal(39, stored.Summary.Totals.Succeeded);
        Assert.Equal(1, stored.Summary.Totals.Failed);
        Assert.Equal("boom", stored.Summary.Counties.Single(c => c.Code == codes[7]).Error);
        Assert.Equal(1, await store.ClosedCountAsync(run));
    }

    [Fact]
    public async Task FinishCountyAsync_ClosesOnce_WhenTwoCountiesFinishAtTheSameMoment()
    {
        var (store, solves) = await StoreAsync();
        var counties = new CountyStore(db.DataSource, new Migrator(db.DataSource));
        await counties.AddAsync("330501", "甲县", "province#1");
        await counties.AddAsync("330502", "乙县", "province#1");
        var run = (await store.CreateAsync(Year, ["330501", "330502"], "province#1"))!.Value;
        var solveRuns = new Dictionary<string, long>();
        foreach (var code in new[] { "330501", "330502" })
        {
            Assert.NotNull(await store.BeginCountyAsync(run, code, 1, "test:1"));
            using (CountyScope.Use(code))
            {
                await new RegisterStore(db.DataSource).SaveVersionAsync(Year, Samples.TinyRegister(Year), "office#1");
                var id = await solves.CreateAsync(Year, "{}", "province#1");
                await solves.CompleteAsync(id, SolveStates.Succeeded, Figures(code == "330501" ? 10 : 20), "{}", "[]", null);
                solveRuns[code] = id;
            }
            Assert.Equal(solveRuns[code], await store.AttachSolveAsync(run, code, 1, solveRuns[code]));
        }

        // Both finishes wait on one barrier and start together.
        using var barrier = new Barrier(2);
        var closes = await Task.WhenAll(new[] { "330501", "330502" }.Select(code => Task.Run(async () =>
        {
            barrier.SignalAndWait();
            return await store.FinishCountyAsync(run, code, 1, SolveStates.Succeeded, null);
        })));

        Assert.Equal(1, closes.Count(c => c));
        var stored = (await store.GetAsync(run))!;
        Assert.Equal(SolveStates.Succeeded, stored.State);
        var summary = stored.Summary!;
        Assert.Equal([10, 20], summary.Counties.Select(c => c.Visits));
        Assert.Equal([solveRuns["330501"], solveRuns["330502"]], summary.Counties.Select(c => c.SolveRun));
        Assert.Equal(30, summary.Totals.Visits);
        Assert.Equal(3, summary.Totals.Unscheduled);
        Assert.Equal(90, summary.Totals.SeparateVisits);
        Assert.Equal(JsonValueKind.Object, summary.Counties[0].Figures!.Value.ValueKind);
        Assert.Equal(1, await store.ClosedCountAsync(run));
    }

    [Fact]
    public async Task FinishCountyAsync_DoesNotReopen_ACancelledRun()
    {
        var (store, _) = await StoreAsync();
        var codes = await CountiesOnlyListedAsync(3, first: 341001);
        var run = (await store.CreateAsync(2032, codes, "province#1"))!.Value;
        Assert.NotNull(await store.BeginCountyAsync(run, codes[0], 1, "test:1"));
        await store.SetJobAsync(run, codes[1], 1, "job-2");

        var stopped = (await store.CancelAsync(run, "province#1"))!;
        var closed = await store.FinishCountyAsync(run, codes[0], 1, SolveStates.Succeeded, null);

        Assert.Equal([codes[0], codes[1], codes[2]], stopped.Select(s => s.Code).Order());
        Assert.Equal("job-2", stopped.Single(s => s.Code == codes[1]).JobId);
        Assert.Equal(SolveStates.Running, stopped.Single(s => s.Code == codes[0]).PreviousState);
        Assert.False(closed);
        var stored = (await store.GetAsync(run))!;
        Assert.Equal(SolveStates.Cancelled, stored.State);
        Assert.All(stored.Counties, c => Assert.Equal(SolveStates.Cancelled, c.State));
        Assert.Equal(3, stored.Summary!.Totals.Cancelled);
        Assert.Equal("province#1", stored.CancelledBy);
        Assert.Equal(1, await store.ClosedCountAsync(run));
        Assert.Null(await store.BeginCountyAsync(run, codes[2], 1, "test:1"));
    }

    [Fact]
    public async Task CreateAsync_RefusesASecondRunningRunOfTheYear_AndRerunFailedRequeuesOnlyTheFailed()
    {
        var (store, _) = await StoreAsync();
        var codes = await CountiesOnlyListedAsync(3, first: 342001);
        var run = (await store.CreateAsync(2033, codes, "province#1"))!.Value;
        Assert.Null(await store.CreateAsync(2033, codes, "province#1"));
        foreach (var code in codes) await store.BeginCountyAsync(run, code, 1, "test:1");
        await store.FinishCountyAsync(run, codes[0], 1, SolveStates.Succeeded, null);
        await store.FinishCountyAsync(run, codes[1], 1, SolveStates.Failed, "no register for 2033");
        Assert.True(await store.FinishCountyAsync(run, codes[2], 1, SolveStates.Failed, "no register for 2033"));

        var rerun = await store.RerunFailedAsync(run, "province#1");

        Assert.False(rerun!.Conflict);
        Assert.Equal([codes[1], codes[2]], rerun.Requeued.Select(c => c.Code));
        Assert.All(rerun.Requeued, c => Assert.Equal(2, c.Attempt));
        var reopened = (await store.GetAsync(run))!;
        Assert.Equal(SolveStates.Running, reopened.State);
        Assert.Null(reopened.ClosedAt);
        Assert.Null(reopened.Summary);
        Assert.Equal(SolveStates.Succeeded, reopened.Counties[0].State);
        Assert.Null(await store.BeginCountyAsync(run, codes[1], 1, "test:1"));   // the first attempt's job is stale
        Assert.NotNull(await store.BeginCountyAsync(run, codes[1], 2, "test:1"));
        Assert.Null(await store.CreateAsync(2033, codes, "province#1"));
        Assert.Null(await store.GetAsync(run + 1000));
        Assert.Equal([run], (await store.ListAsync(2033)).Select(r => r.Id));
    }

    [Fact]
    public async Task CreateAsync_ClosesARunOfNoCounty_AtOnce()
    {
        var (store, _) = await StoreAsync();

        var run = (await store.CreateAsync(2034, [], "province#1"))!.Value;

        var stored = (await store.GetAsync(run))!;
        Assert.Equal(SolveStates.Succeeded, stored.State);
        Assert.Equal(0, stored.Summary!.Totals.Counties);
    }

    private async Task<(ProvinceRunStore Store, SolveRunStore Solves)> StoreAsync()
    {
        var data = await db.MigratedAsync();
        return (new ProvinceRunStore(data), new SolveRunStore(data));
    }

    /// <summary>Counties listed on the platform without their schemas (runs without solve runs never read them).</summary>
    private async Task<IReadOnlyList<string>> CountiesOnlyListedAsync(int count, int first)
    {
        var codes = Enumerable.Range(first, count).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await using var connection = await db.DataSource.OpenConnectionAsync(Migrator.PlatformSchema, default);
        await using var command = new NpgsqlCommand(
            "insert into counties (code, name, created_by) select c, 'county ' || c, 'test' from unnest($1::text[]) c on conflict do nothing", connection);
        command.Parameters.AddWithValue(codes.ToArray());
        await command.ExecuteNonQueryAsync();
        return codes;
    }

    private static string Figures(int visits) =>
        $$"""{"visits": {{visits}}, "unassigned": 0, "unscheduled": {{(visits == 10 ? 1 : 2)}}, "separateVisits": {{visits * 3}}, "saved": {{visits * 2}}, "jointRate": 0.5}""";
}

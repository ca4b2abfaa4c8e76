using Npgsql;
using Scheduler.Data.Stores;

namespace Scheduler.Data.Tests.Stores;

/// <summary>The register versions and the uploaded files, stored together by <see cref="RegisterStore.ImportAsync"/>.</summary>
public sealed class RegisterStoreTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    /// <summary>The year whose register versions a trigger refuses: the second step of an import fails there.</summary>
    private const int RefusedYear = 2091;

    public async Task InitializeAsync()
    {
        var data = await db.MigratedAsync();
        await using var command = data.Root.CreateCommand($"""
            create or replace function refuse_register_version() returns trigger language plpgsql as $$
            begin
                if new.year = {RefusedYear} then raise exception 'register versions of {RefusedYear} are refused by the test'; end if;
                return new;
            end $$;
            create or replace trigger refuse_register_version before insert on register_versions
                for each row execute function refuse_register_version();
            """);
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ImportAsync_StoresTheFileAndTheNextVersion_WhenTheRegisterIsValid()
    {
        var store = new RegisterStore(db.DataSource);
        var first = await store.ImportAsync(2081, "register.xlsx", [1, 2, 3], Samples.TinyRegister(2081), 0, "office#1");
        var second = await store.ImportAsync(2081, "register-2.xlsx", [4, 5], Samples.TinyRegister(2081), 0, "office#2");

        Assert.Equal(1, first.Version!.Version);
        Assert.Equal(2, second.Version!.Version);
        Assert.Equal("office#2", second.Version.SavedBy);
        var uploads = await new RegisterUploadStore(db.DataSource).ListAsync(2081);
        Assert.Equal([second.Upload, first.Upload], uploads.Select(u => u.Id));
        Assert.All(uploads, u => Assert.True(u.Accepted));
        Assert.Equal(("register.xlsx", new byte[] { 1, 2, 3 }), await new RegisterUploadStore(db.DataSource).GetContentAsync(first.Upload));
        Assert.Equal(Samples.TinyRegister(2081).Enterprises.Count, (await store.GetAsync(2081))!.Enterprises.Count);
    }

    [Fact]
    public async Task ImportAsync_KeepsOnlyTheFile_WhenTheRegisterIsNotValid()
    {
        var store = new RegisterStore(db.DataSource);
        var imported = await store.ImportAsync(2082, "broken.xlsx", [9], null, 4, "office#1");

        Assert.Null(imported.Version);
        var upload = Assert.Single(await new RegisterUploadStore(db.DataSource).ListAsync(2082));
        Assert.Equal((imported.Upload, false, 4, 1), (upload.Id, upload.Accepted, upload.Errors, upload.Bytes));
        Assert.False(await store.ExistsAsync(2082));
        Assert.Empty(await store.VersionsAsync(2082));
    }

    [Fact]
    public async Task ImportAsync_StoresNothing_WhenSavingTheRegisterFailsAfterTheFile()
    {
        var store = new RegisterStore(db.DataSource);
        var audited = await CountAsync("select count(*) from audit");

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            store.ImportAsync(RefusedYear, "register.xlsx", [1, 2, 3], Samples.TinyRegister(RefusedYear), 0, "office#1"));

        Assert.Contains("refused by the test", error.MessageText);
        Assert.Equal(0L, await CountAsync($"select count(*) from register_uploads where year = {RefusedYear}"));
        Assert.Equal(0L, await CountAsync($"select count(*) from years where year = {RefusedYear}"));
        Assert.Equal(0L, await CountAsync($"select count(*) from register_versions where year = {RefusedYear}"));
        Assert.Equal(audited, await CountAsync("select count(*) from audit"));
    }

    [Fact]
    public async Task SaveVersionAsync_NumbersEachSave_WhenEightSaveTogether()
    {
        var store = new RegisterStore(db.DataSource);
        var saved = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => store.SaveVersionAsync(2083, Samples.TinyRegister(2083), $"office#{i}")));

        Assert.Equal(Enumerable.Range(1, 8), saved.Select(s => s.Version).Order());
        Assert.Equal(Enumerable.Range(1, 8), (await store.VersionsAsync(2083)).Select(v => v.Version));
        Assert.Equal(8, (await store.GetAsync(2083, null))!.Version.Version);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var command = db.DataSource.Root.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
    [Fact]
    public async Task SaveVersionIfCurrentAsync_SavesOnlyOnTheCurrentVersion_SoASaveInBetweenIsNeverOverwritten()
    {
        var store = new RegisterStore(db.DataSource);
        var first = await store.SaveVersionAsync(2084, Samples.TinyRegister(2084), "office#1");
        var second = await store.SaveVersionAsync(2084, Samples.TinyRegister(2084), "office#2");

        var stale = await store.SaveVersionIfCurrentAsync(2084, Samples.TinyRegister(2084), first.Version, "office#3");
        var current = await store.SaveVersionIfCurrentAsync(2084, Samples.TinyRegister(2084), second.Version, "office#4");

        Assert.Null(stale);
        Assert.Equal(second.Version + 1, current!.Version);
        Assert.Equal(["office#1", "office#2", "office#4"], (await store.VersionsAsync(2084)).Select(v => v.SavedBy));
        Assert.Null(await store.SaveVersionIfCurrentAsync(2085, Samples.TinyRegister(2085), 1, "office#5"));
    }
}

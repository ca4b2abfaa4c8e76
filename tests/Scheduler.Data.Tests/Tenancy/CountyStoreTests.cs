using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Tests.Tenancy;

/// <summary>Counties each in a schema of their own: added once, migrated, and invisible to each other.</summary>
public sealed class CountyStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private const int Year = 2026;

    [Fact]
    public async Task AddedCounties_KeepTheirRegistersApart_FromEachOtherAndFromTheInstallationsOwn()
    {
        var data = await db.MigratedAsync();
        var counties = new CountyStore(data, new Migrator(data));
        var registers = new RegisterStore(data);

        var added = await Task.WhenAll(counties.AddAsync("330201", "甲县", "province#1"), counties.AddAsync("330201", "甲县", "province#1"));
        Assert.True(await counties.AddAsync("330202", "乙县", "province#1"));
        using (CountyScope.Use("330201")) await registers.SaveVersionAsync(Year, Samples.TinyRegister(Year), "office#1");

        bool inA, inB, inOwn;
        using (CountyScope.Use("330201")) inA = await registers.ExistsAsync(Year);
        using (CountyScope.Use("330202")) inB = await registers.ExistsAsync(Year);
        inOwn = await registers.ExistsAsync(Year);

        Assert.Equal([false, true], added.Order());
        Assert.Equal(["330201", "330202"], (await counties.ListAsync()).Select(c => c.Code));
        Assert.True(inA);
        Assert.False(inB);
        Assert.False(inOwn);
        Assert.Null(CountyScope.Current);
    }

    [Fact]
    public async Task ACountyWhoseSchemaWasNotMade_IsMended_WhenAddedAgain()
    {
        var data = await db.MigratedAsync();
        var counties = new CountyStore(data, new Migrator(data));
        var registers = new RegisterStore(data);
        Assert.True(await counties.AddAsync("330203", "丙县", "province#1"));
        // The process died after the county's row was committed and before its tables were made.
        await using (var drop = data.Root.CreateCommand("drop schema county_330203 cascade")) await drop.ExecuteNonQueryAsync();

        var again = await counties.AddAsync("330203", "丙县", "province#1");
        using (CountyScope.Use("330203")) await registers.SaveVersionAsync(Year, Samples.TinyRegister(Year), "office#1");
        bool saved;
        using (CountyScope.Use("330203")) saved = await registers.ExistsAsync(Year);

        Assert.False(again);
        Assert.True(saved);
    }

    [Theory]
    [InlineData("33020")]
    [InlineData("3302011")]
    [InlineData("33020a")]
    [InlineData("330201; drop table x")]
    public void ACodeThatIsNotSixDigits_IsRefused_BeforeAnySchemaIsNamed(string code)
    {
        Assert.False(CountyScope.IsCode(code));
        Assert.Throws<ArgumentException>(() => CountyScope.Use(code));
        Assert.Throws<ArgumentException>(() => CountyScope.SchemaOf(code));
    }
}

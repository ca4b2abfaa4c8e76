using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Tests.Tenancy;

/// <summary>The province's batch read of many counties' years: each county's own rows, in the order asked, and a register's size read anew for a new version.</summary>
public sealed class CountyYearStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private const int Year = 2030;

    [Fact]
    public async Task ReadAsync_ReadsEachCountysOwnYear_AndANewRegisterVersionAnew()
    {
        var data = await db.MigratedAsync();
        var counties = new CountyStore(data, new Migrator(data));
        Assert.True(await counties.AddAsync("330901", "甲县", "province#1"));
        Assert.True(await counties.AddAsync("330902", "乙县", "province#1"));
        var registers = new RegisterStore(data);
        using (CountyScope.Use("330901"))
        {
            await registers.SaveVersionAsync(Year, Samples.TinyRegister(Year), "330901.office#1");
            await new NeedStore(data).SubmitAsync(Year, "SCJG", [], "SCJG#1");
        }
        var store = new CountyYearStore(data);

        var read = await store.ReadAsync(Year, ["330902", "330901"]);

        Assert.Equal(["330902", "330901"], read.Select(r => r.Code));
        Assert.Equal((null, null, null, null), (read[0].RegisterVersion, read[0].Enterprises, read[0].RunId, read[0].RunFiguresJson));
        Assert.Empty(read[0].Departments);
        Assert.Empty(read[0].Submissions);
        Assert.Equal(1, read[1].RegisterVersion);
        Assert.Equal(Samples.Tiny.Enterprises.Count, read[1].Enterprises);
        Assert.Equal(Samples.Tiny.Departments.Select(d => d.Id), read[1].Departments);
        Assert.Equal("SCJG", Assert.Single(read[1].Submissions).Department);
        Assert.Null(read[1].RunId);

        using (CountyScope.Use("330901"))
        {
            await registers.SaveVersionAsync(Year, Samples.TinyRegister(Year) with { Enterprises = [.. Samples.Tiny.Enterprises.Take(2)] }, "330901.office#1");
        }
        var again = await store.ReadAsync(Year, ["330901"]);

        Assert.Equal((2, 2), (again[0].RegisterVersion, again[0].Enterprises));
        // The county's register year, and any year the province has targets for (the other test sets some), newest first.
        var years = await store.YearsAsync(["330901", "330902"]);
        Assert.Contains(Year, years);
        Assert.Equal(years.OrderDescending(), years);
        Assert.Empty(await store.ReadAsync(Year, []));
    }

    [Fact]
    public async Task ProvinceTargetStore_SetsAndReplacesTheYearsTargets()
    {
        var data = await db.MigratedAsync();
        var targets = new ProvinceTargetStore(data);

        var first = await targets.SetAsync(2031, 0.6, 0.1, new DateOnly(2030, 12, 31), "province#1");
        var second = await targets.SetAsync(2031, 0.7, 0.2, null, "province#2");

        Assert.Equal(new DateTimeOffset(2031, 1, 1, 0, 0, 0, ProvinceTargets.ChinaOffset), first.NeedsDeadlineEnd);
        var stored = await targets.GetAsync(2031);
        Assert.Equal((0.7, 0.2, (DateOnly?)null, "province#2"), (stored!.JointRate, stored.ChecksCut, stored.NeedsDeadline, stored.SetBy));
        Assert.Equal(second, stored);
        Assert.Null(await targets.GetAsync(2032));
    }
}

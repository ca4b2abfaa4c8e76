using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;

namespace Scheduler.Api.Tests;

/// <summary>What a department reads of a solved year: its visits kept whole, its team-days, its runs; never more.</summary>
public sealed class DepartmentPlanTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Plan_ShowsADepartmentExactlyTheVisitsHoldingItsTasks_EachKeptWhole()
    {
        var (full, departmentOf) = await FullPlanAsync();
        var own = await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/plan");

        var expected = full.GetProperty("visits").EnumerateArray()
            .Where(v => Tasks(v).Any(need => departmentOf[need] == SolvedYear.Own))
            .ToDictionary(v => v.GetProperty("id").GetString()!, v => v.ToString());
        var shown = own.GetProperty("visits").EnumerateArray().ToDictionary(v => v.GetProperty("id").GetString()!, v => v.ToString());

        Assert.NotEmpty(shown);
        Assert.True(shown.Count < full.GetProperty("visits").GetArrayLength(), "SCJG sees every visit of the county");
        Assert.Equal(expected, shown);
        // Kept whole: at least one of SCJG's visits shows another department coming along (tiny's E1 and E6 are joint).
        Assert.Contains(own.GetProperty("visits").EnumerateArray(), v => Tasks(v).Any(need => departmentOf[need] != SolvedYear.Own));
        Assert.All(own.GetProperty("unassigned").EnumerateArray(),
            u => Assert.Equal(SolvedYear.Own, departmentOf[u.GetProperty("need").GetString()!]));
    }

    [Fact]
    public async Task Month_ShowsADepartmentOnlyTheTeamDaysOfItsVisits_WithEveryOneOfThem()
    {
        var (full, departmentOf) = await FullPlanAsync();
        var ownVisits = (await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/plan")).GetProperty("visits").EnumerateArray()
            .Select(v => (Id: v.GetProperty("id").GetString()!, Month: v.GetProperty("month").GetInt32())).ToList();
        var checkedMonths = 0;
        for (var m = 1; m <= 12; m++)
        {
            var officeMonth = await year.GetJsonAsync(Caller.Office, $"/api/solves/{year.RunId}/months/{m}");
            var ownMonth = await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/months/{m}");
            var named = ownMonth.GetProperty("teamDays").EnumerateArray().SelectMany(t => t.GetProperty("visits").EnumerateArray())
                .Concat(ownMonth.GetProperty("unscheduled").EnumerateArray().Select(u => u.GetProperty("visit")))
                .Select(v => v.GetString()!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(ownVisits.Where(v => v.Month == m).Select(v => v.Id).Order(StringComparer.Ordinal), named);

            // Each team-day it sees is the office's team-day (same date, township, whole team), narrowed to its visits.
            var officeDays = officeMonth.GetProperty("teamDays").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
            foreach (var day in ownMonth.GetProperty("teamDays").EnumerateArray())
            {
                var whole = officeDays[day.GetProperty("id").GetString()!];
                Assert.Equal(whole.GetProperty("date").GetString(), day.GetProperty("date").GetString());
                Assert.Equal(whole.GetProperty("inspectors").ToString(), day.GetProperty("inspectors").ToString());
            }
            if (named.Count < officeDays.Values.Sum(d => d.GetProperty("visits").GetArrayLength())) checkedMonths++;
        }
        Assert.True(checkedMonths > 0, "in no month did SCJG see fewer visits than the office");
        Assert.NotEmpty(departmentOf);
        Assert.NotEqual(0, full.GetProperty("visits").GetArrayLength());
    }

    [Fact]
    public async Task PlanXlsx_HasARowPerVisitOfTheDepartment_WhenADepartmentAsks()
    {
        var own = await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/plan");
        using var client = year.Client(Caller.Own);
        using var response = await client.GetAsync($"/api/solves/{year.RunId}/plan?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(own.GetProperty("visits").GetArrayLength(), stream.Query(useHeaderRow: true, sheetName: stream.GetSheetNames()[0]).Count());
    }

    [Fact]
    public async Task MonthXlsx_HasARowPerVisitOfTheDepartmentThatMonth_WhenADepartmentAsks()
    {
        var (full, departmentOf) = await FullPlanAsync();
        var month = full.GetProperty("visits").EnumerateArray()
            .Where(v => Tasks(v).Any(need => departmentOf[need] == SolvedYear.Own)).Select(v => v.GetProperty("month").GetInt32()).First();
        var ownMonth = await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/months/{month}");
        var expected = ownMonth.GetProperty("teamDays").EnumerateArray().Sum(t => t.GetProperty("visits").GetArrayLength())
                       + ownMonth.GetProperty("unscheduled").GetArrayLength();

        using var client = year.Client(Caller.Own);
        using var response = await client.GetAsync($"/api/solves/{year.RunId}/months/{month}?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.True(expected > 0);
        Assert.Equal(expected, stream.GetSheetNames().Sum(name => stream.Query(useHeaderRow: true, sheetName: name).Count()));
    }

    [Fact]
    public async Task ListSolves_ShowsADepartmentTheYearsRunsNewestFirst()
    {
        using var office = year.Client(Caller.Office);
        using var second = await office.PostAsync($"/api/years/{Tiny.Year}/solves", null);
        var secondId = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await office.DeleteAsync($"/api/solves/{secondId}")).Dispose();

        var list = await year.GetJsonAsync(Caller.Other, $"/api/years/{Tiny.Year}/solves");
        var ids = list.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
        Assert.Equal([secondId, year.RunId], ids.Where(id => id == secondId || id == year.RunId));
        Assert.Equal(ids.OrderDescending(), ids);
    }

    [Fact]
    public async Task ListSolves_Answers404_WhenTheYearHasNoRegister()
    {
        using var client = year.Client(Caller.Own);
        using var response = await client.GetAsync("/api/years/1999/solves");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The office's whole plan and the department of every need of the run's instance.</summary>
    private async Task<(JsonElement Plan, Dictionary<string, string> DepartmentOf)> FullPlanAsync()
    {
        var plan = await year.GetJsonAsync(Caller.Office, $"/api/solves/{year.RunId}/plan");
        var instance = await year.GetJsonAsync(Caller.Office, $"/api/years/{Tiny.Year}/instance");
        var departmentOf = instance.GetProperty("needs").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("department").GetString()!);
        return (plan, departmentOf);
    }

    private static IEnumerable<string> Tasks(JsonElement visit) =>
        visit.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("need").GetString()!);
}

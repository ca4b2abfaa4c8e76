using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Tests.ProvinceRuns;

/// <summary>Province runs through the API over three small counties: closed once with its summary, cancel, re-run of the failed, bad input, pages.</summary>
public sealed class ProvinceRunTests(ThreeCounties platform) : IClassFixture<ThreeCounties>
{
    [Fact]
    public async Task Run_ClosesOnceWithItsSummary_AndRerunFailedRerunsOnlyTheFailedCounty()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        using var started = await province.PostAsync($"/api/province/years/{Tiny.Year}/runs", null);
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        var run = await platform.PollClosedAsync(province, location);
        var id = run.GetProperty("id").GetInt64();

        Assert.Equal("failed", run.GetProperty("state").GetString());
        var counties = run.GetProperty("counties").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Equal([ThreeCounties.First, ThreeCounties.Second, ThreeCounties.Bare], counties.Keys);
        Assert.Equal("failed", counties[ThreeCounties.Bare].GetProperty("state").GetString());
        Assert.Contains($"no register for {Tiny.Year}", counties[ThreeCounties.Bare].GetProperty("error").GetString(), StringComparison.Ordinal);
        var summary = run.GetProperty("summary");
        var visits = 0;
        foreach (var code in new[] { ThreeCounties.First, ThreeCounties.Second })
        {
            Assert.Equal("succeeded", counties[code].GetProperty("state").GetString());
            var solve = await province.GetFromJsonAsync<JsonElement>(counties[code].GetProperty("solve").GetString());
            Assert.Equal("succeeded", solve.GetProperty("state").GetString());
            var row = summary.GetProperty("counties").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);
            Assert.Equal(solve.GetProperty("figures").GetProperty("visits").GetInt32(), row.GetProperty("visits").GetInt32());
            Assert.Equal(solve.GetProperty("id").GetInt64(), row.GetProperty("solveRun").GetInt64());
            visits += row.GetProperty("visits").GetInt32();
        }
        Assert.Equal(visits, summary.GetProperty("totals").GetProperty("visits").GetInt32());
        Assert.Equal(2, summary.GetProperty("totals").GetProperty("succeeded").GetInt32());
        var store = platform.Api.Services.GetRequiredService<ProvinceRunStore>();
        Assert.Equal(1, await store.ClosedCountAsync(id));

        using var rerun = await province.PostAsync($"/api/province/runs/{id}/rerun-failed", null);
        Assert.True(rerun.StatusCode == HttpStatusCode.Accepted, await rerun.Content.ReadAsStringAsync());
        var again = await platform.PollClosedAsync(province, location);
        var after = again.GetProperty("counties").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Equal(2, after[ThreeCounties.Bare].GetProperty("attempt").GetInt32());
        Assert.Equal("failed", after[ThreeCounties.Bare].GetProperty("state").GetString());
        foreach (var code in new[] { ThreeCounties.First, ThreeCounties.Second })
        {
            Assert.Equal(1, after[code].GetProperty("attempt").GetInt32());
            Assert.Equal(counties[code].GetProperty("solveRun").GetInt64(), after[code].GetProperty("solveRun").GetInt64());
        }
        Assert.Equal(2, await store.ClosedCountAsync(id));
        var audit = await AuditAsync();
        Assert.Contains((ProvinceRunStore.StartedAudit, id), audit);
        Assert.Contains((ProvinceRunStore.RerunAudit, id), audit);
    }

    [Fact]
    public async Task Cancel_CancelsEveryCountyStillQueuedOrRunning_AndASecondStartIsAConflictWhileItRuns()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        // Two counties with a real year to solve, on one solve worker: the second waits while the first solves.
        using var started = await province.PostAsync($"/api/province/years/{Tiny.Year}/runs",
            Scenario.Json($$"""{"counties": ["{{ThreeCounties.Second}}", "{{ThreeCounties.First}}"]}"""));
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        var firstState = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString();
        using var second = await province.PostAsync($"/api/province/years/{Tiny.Year}/runs", null);
        using var cancel = await province.DeleteAsync(location);
        var answer = await cancel.Content.ReadFromJsonAsync<JsonElement>();
        var run = await platform.PollClosedAsync(province, location);

        Assert.Equal("running", firstState);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal([ThreeCounties.First, ThreeCounties.Second], run.GetProperty("counties").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        if (answer.GetProperty("cancelledBy").ValueKind == JsonValueKind.Null)
        {
            // Both counties finished before the cancel arrived: a closed run is left as it is.
            Assert.NotEqual("cancelled", run.GetProperty("state").GetString());
            return;
        }
        Assert.Equal("cancelled", run.GetProperty("state").GetString());
        Assert.Equal(0, run.GetProperty("counts").GetProperty("queued").GetInt32() + run.GetProperty("counts").GetProperty("running").GetInt32());
        Assert.True(run.GetProperty("counts").GetProperty("cancelled").GetInt32() >= 1, run.ToString());
        Assert.Equal(3, run.GetProperty("summary").GetProperty("counties").GetArrayLength() + 1);
        Assert.Contains((ProvinceRunStore.CancelledAudit, run.GetProperty("id").GetInt64()), await AuditAsync());
    }

    [Fact]
    public async Task Start_NamesEachUnknownCounty_AndAWrongBody()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        using var unknown = await province.PostAsync($"/api/province/years/{Tiny.Year}/runs",
            Scenario.Json($$"""{"counties": ["{{ThreeCounties.First}}", "339998"]}"""));
        using var wrong = await province.PostAsync($"/api/province/years/{Tiny.Year}/runs", Scenario.Json("""{"countys": ["330301"]}"""));
        using var missing = await province.GetAsync("/api/province/runs/987654");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var errors = await Scenario.ErrorsAsync(unknown);
        Assert.Equal(["$.counties[1]"], errors.Keys);
        Assert.Contains("339998", errors["$.counties[1]"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["$.countys"], (await Scenario.ErrorsAsync(wrong)).Keys);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Pages_ListTheRuns_AndShowARunsCounties_InChineseFirst()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);
        using var started = await province.PostAsync("/api/province/years/2033/runs", Scenario.Json($$"""{"counties": ["{{ThreeCounties.Bare}}"]}"""));
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var run = await platform.PollClosedAsync(province, started.Headers.Location!.ToString());
        var id = run.GetProperty("id").GetInt64();
        using var pages = Pages(ApiFactory.ProvinceToken);
        using var office = Pages(ApiFactory.OfficeToken);

        var (listStatus, list) = await pages.GetAsync("/province/runs?year=2033");
        var (detailStatus, detail) = await pages.GetAsync($"/province/runs/{id}");
        var (missingStatus, missingHtml) = await pages.GetAsync("/province/runs/987654");
        var (deniedStatus, _) = await office.GetAsync("/province/runs");

        Assert.True(listStatus == HttpStatusCode.OK, list);
        Assert.Contains("2033 年度省级运行", list, StringComparison.Ordinal);
        Assert.Contains($"data-run=\"{id}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/province/runs/{id}\"", list, StringComparison.Ordinal);
        Assert.Contains("id=\"start-run\"", list, StringComparison.Ordinal);
        Assert.True(detailStatus == HttpStatusCode.OK, detail);
        Assert.Contains($"data-county=\"{ThreeCounties.Bare}\" data-state=\"failed\"", detail, StringComparison.Ordinal);
        Assert.Contains("戊县", detail, StringComparison.Ordinal);
        Assert.Contains("no register for 2033", detail, StringComparison.Ordinal);
        Assert.Contains("id=\"rerun-failed\"", detail, StringComparison.Ordinal);
        Assert.Contains("id=\"province-run-totals\"", detail, StringComparison.Ordinal);
        Assert.Contains("href=\"/province/runs\"", detail, StringComparison.Ordinal);
        Assert.True(missingStatus == HttpStatusCode.NotFound, missingHtml);
        Assert.Contains("页面不存在", missingHtml, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, deniedStatus);
    }

    private PageClient Pages(string token)
    {
        var client = platform.Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return new PageClient(client);
    }

    /// <summary>The platform audit's province run rows: what and run.</summary>
    private async Task<List<(string What, long Run)>> AuditAsync()
    {
        await using var connection = await platform.Api.Services.GetRequiredService<CountyDataSource>().OpenConnectionAsync("platform", default);
        await using var command = new Npgsql.NpgsqlCommand("select what, (detail ->> 'run')::bigint from audit where what like 'province run%'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetInt64(1)));
        return rows;
    }
}

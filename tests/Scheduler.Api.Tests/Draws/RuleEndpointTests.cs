using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Draws;

/// <summary>Departments' sampling rules through the service and PostgreSQL: checked, versioned, read back.</summary>
public sealed class RuleEndpointTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static string Rules => $"/api/years/{Tiny.Year}/rules";

    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpClient> DepartmentAsync(string department) => api.Client(await Scenario.IssueTokenAsync(api, department));

    [Fact]
    public async Task Put_StoresANewVersionEachTime_AndGetReadsTheLatestOrAnEarlierOne()
    {
        using var scjg = await DepartmentAsync("SCJG");
        using var first = await scjg.PutAsync(Rules, Scenario.Json(TinyRules.Scjg));
        using var second = await scjg.PutAsync(Rules, Scenario.Json(TinyRules.Scjg.Replace("\"A\": 1", "\"A\": 0.5", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var v1 = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var v2 = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal(v1 + 1, v2);
        var latest = await scjg.GetFromJsonAsync<JsonElement>(Rules);
        var earlier = await scjg.GetFromJsonAsync<JsonElement>($"{Rules}?version={v1}");
        Assert.Equal(0.5, Ratio(latest));
        Assert.Equal(1, Ratio(earlier));
    }

    private static double Ratio(JsonElement view) =>
        view.GetProperty("departments")[0].GetProperty("rules").GetProperty("rules")[0].GetProperty("ratioByLevel").GetProperty("A").GetDouble();

    [Fact]
    public async Task Put_Answers400NamingTheRuleAndField_WhenARatioIsAboveOne()
    {
        using var scjg = await DepartmentAsync("SCJG");
        using var response = await scjg.PutAsync(Rules, Scenario.Json(TinyRules.ScjgRatioAboveOne));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Scenario.ErrorsAsync(response);
        Assert.Contains("$.rules[0].ratio", errors.Keys);
        Assert.Contains(errors["$.rules[0].ratio"], m => m.Contains("SCJG-R09", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_Answers400WithTheJsonPath_WhenAPropertyIsMisspelt()
    {
        using var scjg = await DepartmentAsync("SCJG");
        using var response = await scjg.PutAsync(Rules, Scenario.Json(TinyRules.Scjg.Replace("ratioByLevel", "ratioByLevl", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await Scenario.ErrorsAsync(response)).Keys, k => k.Contains("ratioByLevl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_Answers403NamingThePath_WhenADepartmentSubmitsAnothersRule()
    {
        using var yjgl = await DepartmentAsync("YJGL");
        using var response = await yjgl.PutAsync(Rules, Scenario.Json(TinyRules.Scjg));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("$.rules[0].department", (await Scenario.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Get_GivesTheOfficeEveryDepartmentsLatest()
    {
        using (var scjg = await DepartmentAsync("SCJG")) using (var put = await scjg.PutAsync(Rules, Scenario.Json(TinyRules.Scjg))) Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        using (var yjgl = await DepartmentAsync("YJGL")) using (var put = await yjgl.PutAsync(Rules, Scenario.Json(TinyRules.Yjgl))) Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        using var office = api.Client(ApiFactory.OfficeToken);

        var all = await office.GetFromJsonAsync<JsonElement>(Rules);

        var departments = all.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("department").GetString()).ToList();
        Assert.Contains("SCJG", departments);
        Assert.Contains("YJGL", departments);
    }
}

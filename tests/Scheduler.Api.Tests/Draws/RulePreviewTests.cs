using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Draws;

/// <summary>
/// POST /api/years/{year}/rules/preview: each rule's strata with population and expected sample against the register,
/// the problems a submission would meet with their JSON paths, and nothing stored.
/// </summary>
public sealed class RulePreviewTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static string Preview => $"/api/years/{Tiny.Year}/rules/preview";

    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpClient> DepartmentAsync(string department) => api.Client(await Scenario.IssueTokenAsync(api, department));

    [Fact]
    public async Task Post_GivesEachRulesStrata_WithPopulationAndExpectedSize_AndStoresNothing()
    {
        using var scjg = await DepartmentAsync("SCJG");
        var rules = TinyRules.Scjg.Replace("\"ratioByLevel\": { \"A\": 1, \"D\": 1 }", "\"ratioByLevel\": { \"A\": 0.4, \"B\": 0.5, \"D\": 1 }", StringComparison.Ordinal);
        using var response = await scjg.PostAsync(Preview, Scenario.Json(rules));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, view.GetProperty("problems").GetArrayLength());
        var strata = view.GetProperty("strata").EnumerateArray()
            .ToDictionary(s => $"{s.GetProperty("rule").GetString()}/{s.GetProperty("level").GetString()}", s => (Population: s.GetProperty("population").GetInt32(), Expected: s.GetProperty("expected").GetInt32()));
        Assert.Equal((1, 0), strata["SCJG-R01/A"]);   // E1, green: round(0.4) = 0
        Assert.Equal((0, 0), strata["SCJG-R01/B"]);   // no yellow restaurant
        Assert.Equal((1, 1), strata["SCJG-R01/D"]);   // E6, red
        Assert.Equal((1, 1), strata["SCJG-R02/all"]); // the list: E2
        using var stored = await scjg.GetAsync($"/api/years/{Tiny.Year}/rules");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Theory]
    [InlineData("\"ratioByLevel\": { \"A\": 1, \"D\": 1 }", "\"ratioByLevel\": { \"A\": 1.2, \"D\": 1 }", "$.rules[0].ratioByLevel.A", "SCJG-R01")]
    [InlineData("\"ratioByLevel\": { \"A\": 1, \"D\": 1 }", "\"ratioByLevel\": { \"A\": -0.1, \"D\": 1 }", "$.rules[0].ratioByLevel.A", "SCJG-R01")]
    [InlineData("\"industries\": [\"restaurant\"]", "\"industries\": [\"bakery\"]", "$.rules[0].population.industries[0]", "bakery")]
    [InlineData("\"industries\": [\"restaurant\"]", "\"tags\": [\"重点监管\"]", "$.rules[0].population.tags[0]", "重点监管")]
    [InlineData("\"industries\": [\"restaurant\"]", "\"industries\": [\"restaurant\"], \"townships\": [\"T01\"], \"riskLevels\": [\"D\"]", "$.rules[0].population", "matches no enterprise")]
    public async Task BadRules_AreNamedByPathAndRule_InThePreviewAndThePut_AndNothingIsStored(string find, string replace, string path, string named)
    {
        using var scjg = await DepartmentAsync("SCJG");
        var rules = TinyRules.Scjg.Replace(find, replace, StringComparison.Ordinal);

        using var preview = await scjg.PostAsync(Preview, Scenario.Json(rules));
        using var put = await scjg.PutAsync($"/api/years/{Tiny.Year}/rules", Scenario.Json(rules));

        var errors = await Scenario.ErrorsAsync(put);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.True(errors.TryGetValue(path, out var messages), string.Join("; ", errors.Keys));
        Assert.Contains(messages, m => m.Contains(named, StringComparison.Ordinal));
        if (preview.StatusCode == HttpStatusCode.OK)
        {
            var problems = (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().ToList();
            Assert.Contains(problems, p => p.GetProperty("path").GetString() == path && p.GetProperty("message").GetString()!.Contains(named, StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
            Assert.Contains(path, (await Scenario.ErrorsAsync(preview)).Keys);
        }
        using var stored = await scjg.GetAsync($"/api/years/{Tiny.Year}/rules");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Put_NamesTheRuleAndTheCap_WhenTheCapIsBelowARulesFrequency()
    {
        using var scjg = await DepartmentAsync("SCJG");
        var rules = TinyRules.Scjg.Replace("\"maxChecksPerEnterprise\": 4", "\"maxChecksPerEnterprise\": 1", StringComparison.Ordinal)
            .Replace("\"ratioByLevel\": { \"A\": 1, \"D\": 1 }", "\"ratioByLevel\": { \"A\": 1, \"D\": 1 }, \"timesPerYearByLevel\": { \"D\": 2 }", StringComparison.Ordinal);

        using var put = await scjg.PutAsync($"/api/years/{Tiny.Year}/rules", Scenario.Json(rules));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var errors = await Scenario.ErrorsAsync(put);
        Assert.Contains(errors["$.rules[0].timesPerYearByLevel.D"], m => m.Contains("SCJG-R01", StringComparison.Ordinal) && m.Contains("cap of 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_Answers403NamingThePath_WhenADepartmentPreviewsAnothersRule()
    {
        using var yjgl = await DepartmentAsync("YJGL");
        using var response = await yjgl.PostAsync(Preview, Scenario.Json(TinyRules.Scjg));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("$.rules[0].department", (await Scenario.ErrorsAsync(response)).Keys);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Counties;

/// <summary>
/// Counties as tenants: every county route of the authorization matrix refuses another county's tokens and the
/// installation's own; a county's token on the plain routes works in its own county; the province reads and never writes.
/// </summary>
public sealed class CountyIsolationTests(TwoCounties platform) : IClassFixture<TwoCounties>
{
    /// <summary>Every /api row of the matrix except the province's own routes, as "METHOD path".</summary>
    public static TheoryData<string> CountyRoutes()
    {
        var data = new TheoryData<string>();
        foreach (var row in AuthorizationMatrixTests.Table.Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal)
                     && !r.Path.StartsWith("/api/province", StringComparison.Ordinal)))
        {
            data.Add(row.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CountyRoutes))]
    public async Task EveryCountyRoute_RefusesTheTokensOfAnotherCounty(string endpoint)
    {
        var row = AuthorizationMatrixTests.Table.Single(r => r.Name == endpoint);
        var path = $"/api/counties/{TwoCounties.A}" + Resolve(row.Path)[4..];
        foreach (var (token, whose) in new[]
                 {
                     (platform.OfficeTokens[TwoCounties.B], "county B's office"),
                     (platform.DepartmentTokens[TwoCounties.B], "county B's department"),
                     (ApiFactory.OfficeToken, "the installation's own office"),
                 })
        {
            using var client = platform.Api.Client(token);
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), path) { Content = AuthorizationMatrixTests.Body(row.Body) };
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{row.Method} {path} with {whose}: expected 403, got {(int)response.StatusCode} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("county", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ACountysToken_WorksInItsOwnCounty_OnTheRoutesWithoutACounty()
    {
        using var a = platform.Api.Client(platform.OfficeTokens[TwoCounties.A]);
        using var b = platform.Api.Client(platform.OfficeTokens[TwoCounties.B]);

        var runsOfA = await a.GetFromJsonAsync<JsonElement>($"/api/years/{Tiny.Year}/solves");
        var runsOfB = await b.GetFromJsonAsync<JsonElement>($"/api/years/{Tiny.Year}/solves");
        using var runOfAFromB = await b.GetAsync($"/api/solves/{platform.RunOfA}");
        using var runOfAFromA = await a.GetAsync($"/api/counties/{TwoCounties.A}/solves/{platform.RunOfA}");

        Assert.Contains(platform.RunOfA, Ids(runsOfA));
        Assert.Empty(Ids(runsOfB));
        Assert.Equal(HttpStatusCode.NotFound, runOfAFromB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, runOfAFromA.StatusCode);
    }

    [Fact]
    public async Task ACountysTokens_StartWithItsCode_AndAnswersNameTheCountyRoute()
    {
        using var a = platform.Api.Client(platform.OfficeTokens[TwoCounties.A]);
        using var rerun = await a.PostAsync($"/api/counties/{TwoCounties.A}/solves/{platform.RunOfA}/rerun", null);
        var body = await rerun.Content.ReadFromJsonAsync<JsonElement>();
        using var cancelled = await a.DeleteAsync(rerun.Headers.Location);

        Assert.StartsWith(TwoCounties.A + ".", platform.OfficeTokens[TwoCounties.A], StringComparison.Ordinal);
        Assert.StartsWith(TwoCounties.B + ".", platform.DepartmentTokens[TwoCounties.B], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, rerun.StatusCode);
        Assert.StartsWith($"/api/counties/{TwoCounties.A}/solves/", rerun.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(rerun.Headers.Location!.ToString(), body.GetProperty("location").GetString());
        Assert.Equal(HttpStatusCode.Accepted, cancelled.StatusCode);
    }

    [Fact]
    public async Task TheProvince_ReadsACountysPlan_AndWritesNothingThere()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);
        var root = $"/api/counties/{TwoCounties.A}";

        using var plan = await province.GetAsync($"{root}/solves/{platform.RunOfA}/plan");
        using var register = await province.GetAsync($"{root}/years/{Tiny.Year}/register");
        using var needs = await province.GetAsync($"{root}/years/{Tiny.Year}/needs");
        using var tokens = await province.GetAsync($"{root}/tokens");
        using var solve = await province.PostAsync($"{root}/years/{Tiny.Year}/solves", null);
        using var save = await province.PutAsync($"{root}/years/{Tiny.Year}/register", Scenario.Json(Tiny.Register()));

        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, needs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tokens.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, solve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
    }

    [Theory]
    [InlineData("/api/counties/33010x/years/2026/register", "not a county code")]
    [InlineData("/api/counties/339998/years/2026/register", "not on this platform")]
    [InlineData("/api/counties/330101", "no resource")]
    public async Task ACountyRouteNamingNoHostedCounty_Is404_SayingWhy(string path, string says)
    {
        using var a = platform.Api.Client(platform.OfficeTokens[TwoCounties.A]);
        using var response = await a.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/counties/330101/province/counties")]
    [InlineData("/api/counties/330101/Province/years/2026/figures")]
    [InlineData("/api/counties/330101/counties/330102/years/2026/register")]
    public async Task ARouteWithoutACountyRoute_Is404UnderACountysPrefix(string path)
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);
        using var response = await province.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("has no county route", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountyCode_IsTakenOnce_AndBadBodiesAreNamed()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);
        using var again = await province.PostAsync("/api/province/counties", Scenario.Json($$"""{"code": "{{TwoCounties.A}}", "name": "又一个"}"""));
        using var bad = await province.PostAsync("/api/province/counties", Scenario.Json("""{"code": "12", "name": ""}"""));
        var errors = await Scenario.ErrorsAsync(bad);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("$.code", errors.Keys);
        Assert.Contains("$.name", errors.Keys);
    }

    private static IEnumerable<long> Ids(JsonElement list) =>
        (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("runs")).EnumerateArray().Select(r => r.GetProperty("id").GetInt64());

    private static string Resolve(string path) => path
        .Replace("{year}", Tiny.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{run}", "1").Replace("{draw}", "1")
        .Replace("{own}", SolvedYear.Own).Replace("{other}", SolvedYear.Other);
}

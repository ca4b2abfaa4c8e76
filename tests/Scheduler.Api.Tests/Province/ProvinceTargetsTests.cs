using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Province;

/// <summary>PUT/GET /api/province/years/{year}/targets: every wrong field named, the targets kept as set, and only the province sets them.</summary>
public sealed class ProvinceTargetsTests(TwoCounties platform) : IClassFixture<TwoCounties>
{
    [Theory]
    [InlineData("""{"jointRate": 60, "checksCut": 0.1}""", "$.jointRate", "not a percentage")]
    [InlineData("""{"jointRate": -0.1, "checksCut": 0.1}""", "$.jointRate", "from 0 to 1")]
    [InlineData("""{"jointRate": "0.6", "checksCut": 0.1}""", "$.jointRate", "a number from 0 to 1")]
    [InlineData("""{"checksCut": 0.1}""", "$.jointRate", "required")]
    [InlineData("""{"jointRate": 0.6, "checksCut": 1.5}""", "$.checksCut", "from 0 to 1")]
    [InlineData("""{"jointRate": 0.6}""", "$.checksCut", "required")]
    [InlineData("""{"jointRate": 0.6, "checksCut": 0.1, "needsDeadline": "31/01/2026"}""", "$.needsDeadline", "yyyy-MM-dd")]
    [InlineData("""{"jointRate": 0.6, "checksCut": 0.1, "needsDeadline": "2024-12-31"}""", "$.needsDeadline", "from 2025-01-01 to 2026-12-31")]
    [InlineData("""{"jointRate": 0.6, "checksCut": 0.1, "needsDeadline": 20260131}""", "$.needsDeadline", "yyyy-MM-dd")]
    [InlineData("""{"jointRate": 0.6, "checksCut": 0.1, "deadline": "2026-01-31"}""", "$.deadline", "unknown property")]
    [InlineData("""[0.6, 0.1]""", "$", "expected an object")]
    [InlineData("""{"jointRate": 0.6,""", "$", "malformed JSON")]
    public async Task Put_NamesTheWrongField_WhenTheTargetsAreInvalid(string body, string path, string message)
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        using var response = await province.PutAsync($"/api/province/years/{Tiny.Year}/targets", Scenario.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = await Scenario.ErrorsAsync(response);
        Assert.True(errors.TryGetValue(path, out var messages), string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        Assert.Contains(messages, m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_NamesEveryWrongField_AndTheYear_WhenSeveralAreWrong()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        using var response = await province.PutAsync("/api/province/years/1999/targets", Scenario.Json("""{"jointRate": 2, "checksCut": null}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Scenario.ErrorsAsync(response);
        Assert.Equal(["$.checksCut", "$.jointRate", "year"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Put_StoresTheTargets_AndGetReadsThemBack()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        using var put = await province.PutAsync("/api/province/years/2031/targets",
            Scenario.Json("""{"jointRate": 0.65, "checksCut": 0.125, "needsDeadline": "2030-11-30"}"""));
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var got = await province.GetFromJsonAsync<JsonElement>("/api/province/years/2031/targets");

        Assert.Equal(2031, got.GetProperty("year").GetInt32());
        Assert.Equal(0.65, got.GetProperty("jointRate").GetDouble());
        Assert.Equal(0.125, got.GetProperty("checksCut").GetDouble());
        Assert.Equal("2030-11-30", got.GetProperty("needsDeadline").GetString());
        Assert.StartsWith("province#", got.GetProperty("setBy").GetString(), StringComparison.Ordinal);

        using var cleared = await province.PutAsync("/api/province/years/2031/targets", Scenario.Json("""{"jointRate": 0.7, "checksCut": 0}"""));
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var again = await province.GetFromJsonAsync<JsonElement>("/api/province/years/2031/targets");
        Assert.Equal(0.7, again.GetProperty("jointRate").GetDouble());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("needsDeadline").ValueKind);
    }

    [Fact]
    public async Task Get_Is404_WhenNoTargetsAreSet()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        using var response = await province.GetAsync("/api/province/years/2040/targets");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no targets for 2040", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", "/api/province/years/2026/targets")]
    [InlineData("GET", "/api/province/years/2026/targets")]
    [InlineData("GET", "/api/province/years/2026/figures")]
    [InlineData("GET", "/api/province/years/2026/figures?format=xlsx")]
    public async Task ProvinceRoute_IsRefused_ToACountysOffice(string method, string path)
    {
        using var office = platform.Api.Client(platform.SolvedOffice);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "PUT" ? Scenario.Json("""{"jointRate": 0.5, "checksCut": 0.1}""") : null,
        };

        using var response = await office.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("PUT", "/years/2026/register")]
    [InlineData("POST", "/years/2026/solves")]
    [InlineData("POST", "/tokens")]
    public async Task Province_CannotWriteACountysData(string method, string rest)
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/counties/{TwoCounties.Registered}{rest}")
        {
            Content = method == "PUT" ? Scenario.Json(Tiny.Register()) : Scenario.Json("""{"department": "SCJG"}"""),
        };

        using var response = await province.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var office = platform.Api.Client(platform.RegisteredOffice);
        var versions = await office.GetFromJsonAsync<JsonElement>($"/api/counties/{TwoCounties.Registered}/years/{Tiny.Year}/register/versions");
        Assert.Equal(1, versions.GetProperty("current").GetInt32());
    }
}

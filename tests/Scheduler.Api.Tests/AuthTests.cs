using System.Net;

namespace Scheduler.Api.Tests;

/// <summary>Who may do what: no token, an unknown token, a department on the office's endpoints, and health (every endpoint × caller: AuthorizationMatrixTests).</summary>
public sealed class AuthTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("GET", "/api/years/2026/needs")]
    [InlineData("PUT", "/api/years/2026/needs")]
    [InlineData("PUT", "/api/years/2026/register")]
    [InlineData("GET", "/api/years/2026/instance")]
    [InlineData("POST", "/api/years/2026/solves")]
    [InlineData("GET", "/api/solves/1")]
    [InlineData("DELETE", "/api/solves/1")]
    [InlineData("POST", "/api/tokens")]
    public async Task Endpoint_Answers401_WhenNoTokenIsSent(string method, string path)
    {
        using var client = api.Client(null);
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Scenario.Json("{}") });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Endpoint_Answers401_WhenTheTokenIsUnknown()
    {
        using var client = api.Client("not-a-token");
        using var response = await client.GetAsync("/api/years/2026/needs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("PUT", "/api/years/2026/register")]
    [InlineData("GET", "/api/years/2026/instance")]
    [InlineData("POST", "/api/years/2026/solves")]
    [InlineData("DELETE", "/api/solves/1")]
    [InlineData("POST", "/api/tokens")]
    [InlineData("GET", "/hangfire")]
    public async Task OfficeEndpoint_Answers403_WhenADepartmentCalls(string method, string path)
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(token);
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Scenario.Json("{}") });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SubmitNeeds_Answers403_WhenTheOfficeCalls()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.PutAsync("/api/years/2026/needs", Scenario.Json(Tiny.Needs("SCJG").ToJsonString()));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_Answers200_WhenTheOfficeCalls()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_Answers200_WhenTheDatabaseIsMigrated()
    {
        using var client = api.Client(null);
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task IssueToken_Answers400WithThePath_WhenTheDepartmentIsMissing()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.PostAsync("/api/tokens", Scenario.Json("{\"department\": 42}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.department", (await Scenario.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Register_Answers400WithThePath_WhenTheYearDiffersFromTheRoute()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.PutAsync("/api/years/2030/register", Scenario.Json(Tiny.Register()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.year", (await Scenario.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task OpenApi_DescribesTheSolveEndpoints_WithoutAToken()
    {
        using var client = api.Client(null);
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/years/{year}/solves", document);
        Assert.Contains("/api/solves/{id}/months/{month}", document);
    }
}

using System.Net;
using System.Text.Json;

namespace Scheduler.Api.Tests.Hosting;

/// <summary>
/// With the database refusing connections, every request that needs it is a 503 with Retry-After and a ProblemDetails
/// saying the data was not saved (after the one replay <see cref="Scheduler.Api.Hosting.DatabaseRetry"/> allows), never
/// a 500; liveness stays 200 while readiness is 503.
/// </summary>
public sealed class DatabaseOutageTests(DatabaseDownFactory api) : IClassFixture<DatabaseDownFactory>
{
    [Theory]
    [InlineData("SCJG", "PUT", "/api/years/2026/needs", """{"needs": [{"id": "N1", "department": "SCJG", "enterprise": "E1", "items": ["SCJG-01"]}]}""")]
    [InlineData("SCJG", "PUT", "/api/years/2026/needs", """{"needs": []}""")]
    [InlineData(null, "PUT", "/api/years/2026/register", """{"year": 2026}""")]
    [InlineData(null, "GET", "/api/years/2026/register", null)]
    [InlineData("SCJG", "GET", "/api/years/2026/needs", null)]
    [InlineData(null, "GET", "/api/tokens", null)]
    [InlineData(null, "POST", "/api/tokens", """{"department": "SCJG"}""")]
    [InlineData(null, "GET", "/api/solves/1", null)]
    public async Task Endpoint_Answers503WithRetryAfter_WhenTheDatabaseRefusesConnections(string? department, string method, string path, string? body)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : Scenario.Json(body) };
        if (department is not null) request.Headers.Add(DatabaseDownFactory.DepartmentHeader, department);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Contains("not saved", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Answers503NotAnError500_WhenTheDatabaseRefusesConnections()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/departments/SCJG/needs");
        request.Headers.Add(DatabaseDownFactory.DepartmentHeader, "SCJG");
        request.Headers.Add("Accept", "text/html");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("数据没有保存", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_SaysLiveButNotReady_WhenTheDatabaseRefusesConnections()
    {
        using var client = api.CreateClient();
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }
}

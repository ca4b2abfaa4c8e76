using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Scheduler.Api.Tests;

/// <summary>Scheduler:MaxBodyMegabytes (1 MB under test): a larger body is a 413 ProblemDetails, declared or chunked, never a 500.</summary>
public sealed class BodySizeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const int Oversize = ApiFactory.BodyLimitMegabytes * 1024 * 1024 + 4096;

    [Fact]
    public async Task Submit_Answers413ProblemDetails_WhenTheDeclaredLengthIsOverTheLimit()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(token);
        using var response = await client.PutAsync($"/api/years/{Tiny.Year}/needs", Scenario.Json(Padded()));
        await AssertTooLargeAsync(response, "bytes");
    }

    [Fact]
    public async Task Submit_Answers413ProblemDetails_WhenAChunkedBodyGrowsOverTheLimit()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(token);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/years/{Tiny.Year}/needs")
        {
            Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(Padded()))),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);
        await AssertTooLargeAsync(response, "is over");
    }

    [Fact]
    public async Task Register_Answers413_WhenTheOfficeSendsAnOversizeBody()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.PutAsync($"/api/years/{Tiny.Year}/register", Scenario.Json(Padded()));
        await AssertTooLargeAsync(response, "bytes");
    }

    /// <summary>Valid JSON, just too long: {"needs": [], "padding": "xxxx..."}.</summary>
    private static string Padded() => "{\"needs\": [], \"padding\": \"" + new string('x', Oversize) + "\"}";

    private static async Task AssertTooLargeAsync(HttpResponseMessage response, string detailSays)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Contains(detailSays, problem.GetProperty("detail").GetString());
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

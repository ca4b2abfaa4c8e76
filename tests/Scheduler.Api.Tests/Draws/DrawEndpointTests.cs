using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Tests.Draws;

/// <summary>The office's draws through the service and PostgreSQL: drawn from the departments' rules, stored, published, never changed.</summary>
public sealed class DrawEndpointTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static string Draws => $"/api/years/{Tiny.Year}/draws";

    public Task InitializeAsync() => TinyRules.RegisterAndSubmitAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Post_StoresTheDrawWithItsStrata_AndGetReadsItBack()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.PostAsync(Draws, Scenario.Json("""{"seed": 20260101, "mode": "coordinated", "reason": "the first draw of the test"}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var read = await office.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal(created.GetProperty("id").GetInt64(), read.GetProperty("id").GetInt64());
        Assert.Equal(20260101, read.GetProperty("record").GetProperty("seed").GetInt64());
        var strata = read.GetProperty("record").GetProperty("strata").EnumerateArray().ToList();
        var selected = strata.SelectMany(s => s.GetProperty("selected").EnumerateArray().Select(e => $"{s.GetProperty("rule").GetString()}:{e.GetString()}")).ToHashSet();
        Assert.Contains("SCJG-R01:E1", selected);   // ratio 1 of level A (green)
        Assert.Contains("SCJG-R01:E6", selected);   // ratio 1 of level D (red)
        Assert.Contains("SCJG-R02:E2", selected);   // the list
        Assert.Contains("YJGL-R01:E3", selected);   // the only hazardous-chemicals enterprise
        Assert.False(read.GetProperty("published").GetBoolean());
    }

    [Fact]
    public async Task Publish_MakesTheDrawImmutable_AndALaterDrawNeedsAReason()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var drawn = await office.PostAsync(Draws, Scenario.Json("""{"seed": 7}"""));
        var location = drawn.Headers.Location!.ToString();

        using var publish = await office.PostAsync(location + "/publish", null);
        using var again = await office.PostAsync(location + "/publish", null);
        using var noReason = await office.PostAsync(Draws, Scenario.Json("""{"seed": 8}"""));
        using var withReason = await office.PostAsync(Draws, Scenario.Json("""{"seed": 8, "reason": "a register correction"}"""));

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.True((await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("published").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("$.reason", (await Scenario.ErrorsAsync(noReason)).Keys);
        Assert.Equal(HttpStatusCode.Created, withReason.StatusCode);
        var later = await withReason.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("a register correction", later.GetProperty("reason").GetString());
        var first = await office.GetFromJsonAsync<JsonElement>(location);
        Assert.True(later.GetProperty("version").GetInt32() > first.GetProperty("version").GetInt32());
        Assert.Equal(7, first.GetProperty("seed").GetInt64());
    }

    [Theory]
    [InlineData("""{"mode": "coordinated"}""", "$.seed")]
    [InlineData("""{"seed": 1, "mode": "sideways"}""", "$.mode")]
    [InlineData("""{"seed": -1}""", "$.seed")]
    [InlineData("""{"seed": 1, "sede": 2}""", "$.sede")]
    public async Task Post_Answers400NamingTheField_AndStoresNothing_WhenTheBodyIsBad(string body, string path)
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var before = (await api.Services.GetRequiredService<DrawStore>().ListAsync(Tiny.Year)).Count;

        using var response = await office.PostAsync(Draws, Scenario.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(path, (await Scenario.ErrorsAsync(response)).Keys);
        Assert.Equal(before, (await api.Services.GetRequiredService<DrawStore>().ListAsync(Tiny.Year)).Count);
    }

    [Fact]
    public async Task Get_Answers404_WhenTheDrawIsOfAnotherYear()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var drawn = await office.PostAsync(Draws, Scenario.Json("""{"seed": 3, "reason": "test"}"""));
        var id = (await drawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        using var response = await office.GetAsync($"/api/years/{Tiny.Year + 1}/draws/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

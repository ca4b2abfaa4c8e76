using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Draws;

/// <summary>GET /api/years/{year}/draws: the year's draws newest first with status, seed, mode, version and publication.</summary>
public sealed class DrawListTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static string Draws => $"/api/years/{Tiny.Year}/draws";

    public async Task InitializeAsync()
    {
        await Scenario.RegisterTinyAsync(api);
        using var client = api.Client(await Scenario.IssueTokenAsync(api, "SCJG"));
        using var put = await client.PutAsync($"/api/years/{Tiny.Year}/rules", Scenario.Json(TinyRules.Scjg));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Get_ListsEveryDrawNewestFirst_WithStatusSeedModeAndVersion()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var first = await office.PostAsync(Draws, Scenario.Json("""{"seed": 11, "mode": "independent"}"""));
        using var publish = await office.PostAsync(first.Headers.Location + "/publish", null);
        using var second = await office.PostAsync(Draws, Scenario.Json("""{"seed": 12, "reason": "a corrected register"}"""));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);

        var list = await office.GetFromJsonAsync<JsonElement>(Draws);

        var draws = list.GetProperty("draws").EnumerateArray().ToList();
        Assert.Equal(2, draws.Count);
        var (newest, oldest) = (draws[0], draws[1]);
        Assert.Equal(oldest.GetProperty("version").GetInt32() + 1, newest.GetProperty("version").GetInt32());
        Assert.Equal(12, newest.GetProperty("seed").GetInt64());
        Assert.Equal("coordinated", newest.GetProperty("mode").GetString());
        Assert.Equal("drawn", newest.GetProperty("status").GetString());
        Assert.Equal("a corrected register", newest.GetProperty("reason").GetString());
        Assert.Equal("independent", oldest.GetProperty("mode").GetString());
        Assert.Equal("published", oldest.GetProperty("status").GetString());
        Assert.True(oldest.GetProperty("published").GetBoolean());
        Assert.Equal(3, oldest.GetProperty("selected").GetInt32()); // E1 (A), E6 (D), the list's E2
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Draws;

/// <summary>A solve from a published draw with needs=true plans the departments' submitted needs together with the drawn ones.</summary>
public sealed class SolveFromDrawWithNeedsTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static string Draws => $"/api/years/{Tiny.Year}/draws";

    public Task InitializeAsync() => TinyRules.RegisterAndSubmitAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Solve_WithNeeds_PlansTheDepartmentsSubmittedNeedsTogetherWithTheDrawn()
    {
        using (var scjg = api.Client(await Scenario.IssueTokenAsync(api, "SCJG")))
        using (var put = await scjg.PutAsync($"/api/years/{Tiny.Year}/needs", Scenario.Json(Tiny.Needs("SCJG").ToJsonString())))
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var named = Tiny.Needs("SCJG")["needs"]!.AsArray().Select(n => (string)n!["id"]!).ToHashSet();
        using var office = api.Client(ApiFactory.OfficeToken);
        using var drawn = await office.PostAsync(Draws, Scenario.Json("""{"seed": 6, "reason": "the test with the departments' own needs"}"""));
        Assert.True(drawn.StatusCode == HttpStatusCode.Created, await drawn.Content.ReadAsStringAsync());
        var draw = (await drawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using (var publish = await office.PostAsync($"{Draws}/{draw}/publish", null)) Assert.Equal(HttpStatusCode.OK, publish.StatusCode);

        using var alone = await office.PostAsync($"/api/years/{Tiny.Year}/solves?needs=true", null);
        using var started = await office.PostAsync($"/api/years/{Tiny.Year}/solves?draw={draw}&needs=true", null);

        Assert.Equal(HttpStatusCode.BadRequest, alone.StatusCode);
        Assert.Contains(await Scenario.ErrorsAsync(alone), e => e.Key == "needs");
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        var run = await Scenario.PollAsync(office, location);
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        var plan = await office.GetFromJsonAsync<JsonElement>($"{location}/plan");
        var planned = plan.GetProperty("visits").EnumerateArray()
            .SelectMany(v => v.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("need").GetString()!)).ToHashSet();
        if (plan.TryGetProperty("unassigned", out var u)) planned.UnionWith(u.EnumerateArray().Select(t => t.GetProperty("need").GetString()!));
        Assert.Superset(named, planned);
        Assert.Contains(planned, n => n.Contains(':', StringComparison.Ordinal));   // and the draw's "{rule}:{enterprise}" needs
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Draws;

/// <summary>
/// A solve from a published draw (POST /api/years/{year}/solves?draw=ID): the run plans the draw's instance, so every
/// planned visit's tasks are the draw's "{rule}:{enterprise}" needs; an unpublished draw is refused naming "draw".
/// </summary>
public sealed class SolveFromDrawTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static string Draws => $"/api/years/{Tiny.Year}/draws";

    public Task InitializeAsync() => TinyRules.RegisterAndSubmitAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Solve_PlansThePublishedDrawsNeeds_AndTheRunNamesTheDraw()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var drawn = await office.PostAsync(Draws, Scenario.Json("""{"seed": 5}"""));
        var draw = (await drawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        using var unpublished = await office.PostAsync($"/api/years/{Tiny.Year}/solves?draw={draw}", null);
        Assert.Equal(HttpStatusCode.BadRequest, unpublished.StatusCode);
        Assert.Contains(await Scenario.ErrorsAsync(unpublished), e => e.Key == "draw" && e.Value.Any(m => m.Contains("not published", StringComparison.Ordinal)));

        using (var publish = await office.PostAsync($"{Draws}/{draw}/publish", null)) Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        using var started = await office.PostAsync($"/api/years/{Tiny.Year}/solves?draw={draw}", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var run = await Scenario.PollAsync(office, location);
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        Assert.Equal(draw, run.GetProperty("draw").GetInt64());

        var plan = await office.GetFromJsonAsync<JsonElement>($"{location}/plan");
        var needs = plan.GetProperty("visits").EnumerateArray()
            .SelectMany(v => v.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("need").GetString()!)).ToHashSet();
        var unassigned = plan.TryGetProperty("unassigned", out var u) ? u.EnumerateArray().Select(t => t.GetProperty("need").GetString()!).ToHashSet() : [];
        string[] drawnNeeds = ["SCJG-R01:E1", "SCJG-R01:E6", "SCJG-R02:E2", "YJGL-R01:E3"];
        Assert.Equal(drawnNeeds.ToHashSet(), needs.Union(unassigned).ToHashSet());
        Assert.Contains("SCJG-R01:E6", needs);

        // The office's overview of that run shows the draw it was solved from, with the draw's figures.
        var pages = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        pages.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiFactory.OfficeToken);
        using var page = new PageClient(pages);
        var (status, html) = await page.GetAsync($"/office?run={run.GetProperty("id").GetInt64()}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"overview-draw\"", html, StringComparison.Ordinal);
        Assert.True(html.Contains($"/office/draws?year={Tiny.Year}&amp;id={draw}", StringComparison.Ordinal), html[html.IndexOf("overview-draw", StringComparison.Ordinal)..]);
        Assert.Contains("本方案由第 1 版抽取求解", html, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Scheduler.Api.Tests.Replans;

/// <summary>A department adds a need after the plan: the replan places it and the diff names the new need as the cause.</summary>
public sealed class ReplanChangeTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    [Fact]
    public async Task Replan_PlacesANewNeed_AndTheDiffNamesItAsTheCause()
    {
        var needs = Tiny.Needs(SolvedYear.Own);
        needs["needs"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "N-NEW", ["department"] = SolvedYear.Own, ["enterprise"] = "E3", ["items"] = new JsonArray("SCJG-01"), ["timesPerYear"] = 1,
        });
        using (var submitted = await Scenario.SubmitAsync(year.Api, year.OwnToken, needs))
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());

        using var office = year.Client(Caller.Office);
        using var started = await office.PostAsJsonAsync($"/api/solves/{year.RunId}/replans", new { from = 4, seed = 2 });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var run = await Scenario.PollAsync(office, started.Headers.Location!.ToString());
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        var id = run.GetProperty("id").GetInt64();

        var diff = await year.GetJsonAsync(Caller.Office, $"/api/solves/{id}/diff");
        var added = diff.GetProperty("enterprises").EnumerateArray()
            .SelectMany(e => e.GetProperty("moves").EnumerateArray().Select(m => (Enterprise: e, Move: m)))
            .Single(x => x.Move.GetProperty("need").GetString() == "N-NEW");
        Assert.Equal("Added", added.Move.GetProperty("change").GetString());
        Assert.True(added.Move.GetProperty("toMonth").GetInt32() >= 4, added.Move.ToString());
        Assert.Contains(added.Enterprise.GetProperty("causes").EnumerateArray(), c => c.GetString()!.Contains("N-NEW", StringComparison.Ordinal));

        // Another department sees only its own needs' moves (a companion change of its own may name SCJG's new need as the cause).
        var other = await year.GetJsonAsync(Caller.Other, $"/api/solves/{id}/diff");
        Assert.All(other.GetProperty("enterprises").EnumerateArray().SelectMany(e => e.GetProperty("moves").EnumerateArray()),
            m => Assert.Equal(SolvedYear.Other, m.GetProperty("department").GetString()));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scheduler.Tests.Shared;

namespace Scheduler.Api.Tests.Replans;

/// <summary>
/// POST /api/solves/{id}/replans and GET /api/solves/{id}/diff: a replan after records with a visit not done is a new
/// valid run that replaces the old one, its diff names the moves and their cause; bad input is named and nothing stored.
/// </summary>
public sealed class ReplanTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    private async Task<int> RunCountAsync() =>
        (await year.GetJsonAsync(Caller.Office, $"/api/years/{Tiny.Year}/solves")).GetProperty("runs").GetArrayLength();

    /// <summary>Records January and February: every visit done, except the first of February not done (refused).</summary>
    private async Task<string> RecordTwoMonthsAsync()
    {
        var plan = await year.GetJsonAsync(Caller.Office, $"/api/solves/{year.RunId}/plan");
        var visits = plan.GetProperty("visits").EnumerateArray().Where(v => v.GetProperty("month").GetInt32() <= 2)
            .OrderBy(v => v.GetProperty("month").GetInt32()).ToList();
        var notDone = visits.First(v => v.GetProperty("month").GetInt32() == 2).GetProperty("id").GetString()!;
        var records = new JsonArray([.. visits.Select(v =>
        {
            var id = v.GetProperty("id").GetString()!;
            return id == notDone
                ? new JsonObject { ["visit"] = id, ["outcome"] = "notDone", ["reason"] = "refused" }
                : (JsonNode)new JsonObject { ["visit"] = id, ["outcome"] = "done", ["date"] = $"{Tiny.Year}-{v.GetProperty("month").GetInt32():00}-10" };
        })]);
        var body = new JsonObject { ["year"] = Tiny.Year, ["throughMonth"] = 2, ["records"] = records };
        using var put = await year.Client(Caller.Office).PutAsync($"/api/solves/{year.RunId}/records", Scenario.Json(body.ToJsonString()));
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        return notDone;
    }

    [SkippableFact]
    public async Task Replan_IsANewValidRunReplacingTheOld_AndItsDiffNamesTheMoveAndItsCause()
    {
        var notDone = await RecordTwoMonthsAsync();
        using var office = year.Client(Caller.Office);
        using var started = await office.PostAsJsonAsync($"/api/solves/{year.RunId}/replans", new { from = 3 });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var run = await Scenario.PollAsync(office, started.Headers.Location!.ToString());
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        var replan = run.GetProperty("figures").GetProperty("replan");
        Assert.Equal(year.RunId, replan.GetProperty("replaces").GetInt64());
        Assert.Equal(1, replan.GetProperty("notDoneVisits").GetInt32());
        var id = run.GetProperty("id").GetInt64();
        Assert.Equal(year.RunId, run.GetProperty("replaces").GetInt64());
        Assert.Equal(3, run.GetProperty("replanFrom").GetInt32());
        Assert.Equal($"/api/solves/{id}/diff", run.GetProperty("diff").GetString());

        var plan = await office.GetStringAsync($"/api/solves/{id}/plan");
        Assert.DoesNotContain($"\"{notDone}\"", plan);
        var diff = await year.GetJsonAsync(Caller.Office, $"/api/solves/{id}/diff");
        Assert.Equal(year.RunId, diff.GetProperty("replaces").GetInt64());
        var enterprises = diff.GetProperty("enterprises").EnumerateArray().ToList();
        Assert.NotEmpty(enterprises);
        Assert.Contains(enterprises, e => e.GetProperty("causes").EnumerateArray().Any(c => c.GetString()!.Contains(notDone, StringComparison.Ordinal)));
        Assert.All(enterprises.SelectMany(e => e.GetProperty("moves").EnumerateArray()),
            m => Assert.True(m.GetProperty("fromVisit").GetString() == notDone || m.GetProperty("fromMonth").ValueKind == JsonValueKind.Null
                || m.GetProperty("fromMonth").GetInt32() >= 2, m.ToString()));

        // A department sees only its own needs' moves.
        var own = await year.GetJsonAsync(Caller.Own, $"/api/solves/{id}/diff");
        Assert.All(own.GetProperty("enterprises").EnumerateArray().SelectMany(e => e.GetProperty("moves").EnumerateArray()),
            m => Assert.Equal(SolvedYear.Own, m.GetProperty("department").GetString()));

        // Filters: one kind of change, the changes of one month (before or after); together they split the whole; a bad value is named.
        static List<JsonElement> Moves(JsonElement d) => [.. d.GetProperty("enterprises").EnumerateArray().SelectMany(e => e.GetProperty("moves").EnumerateArray())];
        int all = Moves(diff).Count, byKind = 0;
        foreach (var kind in new[] { "moved", "companions", "added", "removed" })
        {
            var only = await year.GetJsonAsync(Caller.Office, $"/api/solves/{id}/diff?change={kind}");
            Assert.All(Moves(only), m => Assert.Equal(kind, m.GetProperty("change").GetString()!.ToLowerInvariant()));
            byKind += Moves(only).Count;
        }
        Assert.Equal(all, byKind);
        var march = await year.GetJsonAsync(Caller.Office, $"/api/solves/{id}/diff?month=3");
        Assert.Equal(3, march.GetProperty("month").GetInt32());
        static bool In(JsonElement m, string p, int month) => m.GetProperty(p).ValueKind == JsonValueKind.Number && m.GetProperty(p).GetInt32() == month;
        Assert.All(Moves(march), m => Assert.True(In(m, "fromMonth", 3) || In(m, "toMonth", 3), m.ToString()));
        Assert.Equal(Moves(diff).Count(m => In(m, "fromMonth", 3) || In(m, "toMonth", 3)), Moves(march).Count);
        using (var bad = await office.GetAsync($"/api/solves/{id}/diff?change=sideways&month=13"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var errors = await Scenario.ErrorsAsync(bad);
            Assert.Contains("sideways", string.Join(" ", errors["change"]));
            Assert.Contains("one of moved, companions, added, removed", string.Join(" ", errors["change"]));
            Assert.Contains("1-12", string.Join(" ", errors["month"]));
        }

        // The replan's months keep the replaced run's team-days (date, officers, route) where they still hold.
        static HashSet<string> TeamDays(string month) => JsonNode.Parse(month)!["teamDays"]!.AsArray()
            .Select(t => $"{t!["date"]}|{t["inspectors"]!.ToJsonString()}|{t["visits"]!.ToJsonString()}").ToHashSet();
        int kept = 0, published = 0;
        for (var m = 3; m <= 12; m++)
        {
            var before = TeamDays(await office.GetStringAsync($"/api/solves/{year.RunId}/months/{m}"));
            published += before.Count;
            kept += TeamDays(await office.GetStringAsync($"/api/solves/{id}/months/{m}")).Count(before.Contains);
        }
        Assert.True(published > 0 && kept > 0, $"{kept} of {published} published team-days kept");

        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        var instance = await office.GetStringAsync($"/api/years/{Tiny.Year}/instance");
        var months = new List<string>();
        for (var m = 1; m <= 12; m++) months.Add(await office.GetStringAsync($"/api/solves/{id}/months/{m}"));
        var (code, report) = ValidatorScript.RunTexts(instance, plan, [.. months]);
        Assert.True(code == 0, report.ToString());
    }

    [Fact]
    public async Task Replan_NamesFrom_AndStoresNothing_WhenItStartsBeforeTheMonthAfterTheLastRecorded()
    {
        await RecordTwoMonthsAsync();
        var before = await RunCountAsync();
        using var office = year.Client(Caller.Office);

        using var early = await office.PostAsJsonAsync($"/api/solves/{year.RunId}/replans", new { from = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("last recorded month", string.Join(" ", (await Scenario.ErrorsAsync(early))["from"]));

        using var missing = await office.PostAsJsonAsync($"/api/solves/{year.RunId}/replans", new { seed = 3 });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("from", (await Scenario.ErrorsAsync(missing)).Keys);

        using var notAReplan = await office.GetAsync($"/api/solves/{year.RunId}/diff");
        Assert.Equal(HttpStatusCode.NotFound, notAReplan.StatusCode);
        Assert.Equal(before, await RunCountAsync());
    }
}

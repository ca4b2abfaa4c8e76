using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Tests.Staffing;

/// <summary>
/// POST /api/solves/{id}/staffing: a staffed run's year planned again with officers added or a second joint weekday, as a
/// job; its rows (the staff as it stands first) each compared with it; bad additions named by their index, nothing stored; one at a time
/// per county (409), cancelled by DELETE; the office page starts one and lists it.
/// </summary>
public sealed class StaffingWhatIfTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    private string Url => $"/api/solves/{year.RunId}/staffing";

    private async Task<int> CountAsync() =>
        (await year.GetJsonAsync(Caller.Office, Url)).GetProperty("whatIfs").GetArrayLength();

    [Fact]
    public async Task WhatIf_PlansEachChangesYear_AgainstTheStaffAsItStands()
    {
        using var office = year.Client(Caller.Office);
        using var started = await office.PostAsJsonAsync(Url, new { additions = new[] { "SCJG:2", "YJGL@T04:4", "周四" } });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        Assert.Matches(@"^/api/solves/\d+/staffing/\d+$", location);

        var done = await Scenario.PollAsync(office, location);

        Assert.True(done.GetProperty("state").GetString() == "succeeded", done.ToString());
        Assert.False(done.GetProperty("suggested").GetBoolean());
        Assert.Equal(["SCJG:2", "YJGL@T04:4", "Thursday"], done.GetProperty("additions").EnumerateArray().Select(a => a.GetString()));
        var rows = done.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        var current = rows[0];
        Assert.Equal(JsonValueKind.Null, current.GetProperty("added").ValueKind);
        var run = await year.GetJsonAsync(Caller.Office, $"/api/solves/{year.RunId}");
        Assert.Equal(run.GetProperty("figures").GetProperty("visits").GetInt32(), current.GetProperty("visits").GetInt32());
        Assert.Equal(["SCJG:2", "YJGL@T04:4", "Thursday"], rows.Skip(1).Select(r => r.GetProperty("added").GetString()));
        Assert.Equal(current.GetProperty("officers").GetInt32() + 2, rows[1].GetProperty("officers").GetInt32());
        Assert.Equal(current.GetProperty("officers").GetInt32() + 4, rows[2].GetProperty("officers").GetInt32());
        Assert.Equal("T04", rows[2].GetProperty("township").GetString());
        // Thursday made a joint weekday too: the same officers.
        Assert.Equal("Thursday", rows[3].GetProperty("jointWeekday").GetString());
        Assert.Equal(current.GetProperty("officers").GetInt32(), rows[3].GetProperty("officers").GetInt32());
        Assert.Equal(0, rows[3].GetProperty("addedOfficers").GetInt32());
        foreach (var row in rows.Skip(1))
        {
            int fewerLeftOut = row.GetProperty("fewerLeftOut").GetInt32(), fewerVisits = row.GetProperty("fewerVisits").GetInt32();
            Assert.Equal(current.GetProperty("visits").GetInt32() - fewerVisits, row.GetProperty("visits").GetInt32());
            Assert.Equal(fewerLeftOut > 0 || (fewerLeftOut == 0 && fewerVisits > 0), row.GetProperty("better").GetBoolean());
            if (row.GetProperty("source").GetString() == "merged") Assert.True(fewerLeftOut >= 0 && fewerVisits >= 0, row.ToString());
            else Assert.Equal("replanned", row.GetProperty("source").GetString());
        }
        var listed = (await year.GetJsonAsync(Caller.Office, Url)).GetProperty("whatIfs").EnumerateArray().First();
        Assert.Equal(done.GetProperty("id").GetInt64(), listed.GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("""{"additions": ["ZZZ:2", "SCJG:0", "SCJG@T9"]}""", "additions[0]", "no department 'ZZZ'")]
    [InlineData("""{"additions": ["SCJG:0"]}""", "additions[0]", "from 1 to 100")]
    [InlineData("""{"additions": ["SCJG@T9"]}""", "additions[0]", "no township 'T9'")]
    [InlineData("""{"additions": ["SCJG:2", "Saturday"]}""", "additions[1]", "addition 2 (Saturday): Saturday is not a working day of the week")]
    [InlineData("""{"additions": ["星期二"]}""", "additions[0]", "Tuesday is already a joint weekday of the county")]
    [InlineData("""{"additions": ["Countywide:ZZZ"]}""", "additions[0]", "no department 'ZZZ'")]
    [InlineData("""{"additions": ["县级统筹:"]}""", "additions[0]", "name a department after the colon")]
    [InlineData("""{"suggest": 13}""", "suggest", "suggest must be 1-12")]
    [InlineData("""{"additions": ["SCJG"], "suggest": 2}""", "suggest", "not both")]
    [InlineData("""{"additions": ["SCJG"], "goal": 101}""", "goal", "a goal of 101%: the staffing price sought is a percentage of the per-enterprise bound, 0-100")]
    [InlineData("""{"goal": -0.5}""", "goal", "0-100")]
    [InlineData("""{"goal": "four"}""", "$.goal", "expected a number here")]
    [InlineData("""{"goal": 1e400}""", "goal", "a goal of Infinity%")]
    [InlineData("""{"suggest": 1.5}""", "$.suggest", "expected a whole number here")]
    [InlineData("""{"additions": "SCJG:2"}""", "$.additions", "expected an array here")]
    [InlineData("""{"additions": [1]}""", "$.additions[0]", "expected a string here")]
    [InlineData("""{"goal": 4""", "$.goal", "malformed JSON")]
    public async Task WhatIf_RefusesBadAdditions_NamingThem_AndStoresNothing(string body, string path, string message)
    {
        var before = await CountAsync();
        using var office = year.Client(Caller.Office);

        using var response = await office.PostAsync(Url, Scenario.Json(body));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = await Scenario.ErrorsAsync(response);
        Assert.True(errors.TryGetValue(path, out var messages), string.Join("; ", errors.Keys));
        Assert.True(messages.Any(m => m.Contains(message, StringComparison.Ordinal)), string.Join("; ", messages));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task WhatIf_WithAGoal_StepsFromTheBestChange_AndNamesTheChangeMeetingIt()
    {
        using var office = year.Client(Caller.Office);
        using var started = await office.PostAsJsonAsync(Url, new { additions = new[] { "周四" }, goal = 0 });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        Assert.Equal(0, (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("goal").GetDouble());

        var done = await Scenario.PollAsync(office, started.Headers.Location!.ToString());

        Assert.True(done.GetProperty("state").GetString() == "succeeded", done.ToString());
        Assert.Equal(0, done.GetProperty("goal").GetDouble());
        var rows = done.GetProperty("rows").EnumerateArray().ToList();
        static bool Meets(JsonElement r) => r.GetProperty("unassigned").GetInt32() + r.GetProperty("unscheduled").GetInt32() == 0
            && r.GetProperty("staffingPrice").GetInt32() <= 0;
        Assert.Equal(Meets(rows[0]), done.GetProperty("goalMetAsItStands").GetBoolean());
        Assert.Equal("Thursday", rows[1].GetProperty("added").GetString());
        // After the changes given, at most 3 steps of 2 years, each Thursday with teams more; a step only when the best
        // change so far was better than the staff as it stands and missed the goal.
        var steps = rows.Skip(2).ToList();
        Assert.InRange(steps.Count, 0, 6);
        if (rows[1].GetProperty("better").GetBoolean() && !Meets(rows[1])) Assert.NotEmpty(steps);
        Assert.All(steps, r =>
        {
            Assert.True(r.GetProperty("followUp").GetBoolean(), r.ToString());
            Assert.EndsWith("+Thursday", r.GetProperty("added").GetString());
            Assert.True(r.GetProperty("addedOfficers").GetInt32() >= 2, r.ToString());
        });
        var metBy = done.GetProperty("goalMetBy");
        if (metBy.ValueKind == JsonValueKind.Null) Assert.DoesNotContain(rows.Skip(1), Meets);
        else Assert.True(Meets(Assert.Single(rows, r => r.GetProperty("added").GetString() == metBy.GetString())), done.ToString());
        // The page says what the goal was and whether a change met it.
        using var pages = year.Pages(Caller.Office);
        var (status, html) = await pages.GetAsync($"/office/solves/{year.RunId}/staffing");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"id=\"staffing-{done.GetProperty("id").GetInt64()}-goal\"", html);
        Assert.Contains("目标：代价不超过 &#x2B;0%", html);
    }

    [Fact]
    public async Task WhatIf_IsOneAtATime_AndACancelledOneLetsTheNextStart()
    {
        // A what-if queued without a job stays queued: the next request is refused until it is cancelled.
        var store = year.Api.Services.GetRequiredService<StaffingWhatIfStore>();
        var waiting = await store.CreateAsync(year.RunId, ["SCJG:2"], false, "test");
        Assert.NotNull(waiting);
        using var office = year.Client(Caller.Office);

        using (var busy = await office.PostAsJsonAsync(Url, new { additions = new[] { "SCJG:2" } }))
            Assert.True(busy.StatusCode == HttpStatusCode.Conflict, await busy.Content.ReadAsStringAsync());
        using (var cancelled = await office.DeleteAsync($"{Url}/{waiting}"))
        {
            Assert.True(cancelled.StatusCode == HttpStatusCode.Accepted, await cancelled.Content.ReadAsStringAsync());
            Assert.Equal("cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        }
        using var next = await office.PostAsJsonAsync(Url, new { suggest = 1 });
        // The county joins on Tuesdays: Thursday is suggested first; then, when officers are posted to townships, all of them
        // county-wide, alone and with Thursday; then one team when a department lost joint checks.
        Assert.True(next.StatusCode == HttpStatusCode.Accepted, await next.Content.ReadAsStringAsync());
        var done = await Scenario.PollAsync(office, next.Headers.Location!.ToString());
        Assert.True(done.GetProperty("suggested").GetBoolean(), done.ToString());
        var suggested = done.GetProperty("additions").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.InRange(suggested.Count, 1, 4);
        Assert.Equal("Thursday", suggested[0]);
        if (suggested.Contains("Countywide")) Assert.Equal(["Countywide", "Countywide+Thursday"], suggested.Skip(1).Take(2));
        // A row a suggestion, and at most two more tried last: the best of them (and the best with a joint weekday) with teams
        // of what its year still waits for.
        var rows = done.GetProperty("rows").EnumerateArray().ToList();
        Assert.InRange(rows.Count - 1, suggested.Count, suggested.Count + 2);
        Assert.All(rows.Take(suggested.Count + 1), r => Assert.False(r.GetProperty("followUp").GetBoolean(), r.ToString()));
        Assert.All(rows.Skip(suggested.Count + 1), r =>
        {
            Assert.True(r.GetProperty("followUp").GetBoolean(), r.ToString());
            Assert.DoesNotContain(r.GetProperty("added").GetString(), suggested);
        });
        using (var unknown = await office.DeleteAsync($"{Url}/987654"))
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task OfficePage_StartsAWhatIf_AndListsItsRows()
    {
        using var pages = year.Pages(Caller.Office);
        var page = $"/office/solves/{year.RunId}/staffing";

        var (status, html, _) = await pages.PostFormAsync(page, "staffing", [new("Additions", "SCJG:2，周四\n县级统筹")]);

        Assert.True(status == HttpStatusCode.OK, html);
        using var office = year.Client(Caller.Office);
        var latest = (await year.GetJsonAsync(Caller.Office, Url)).GetProperty("whatIfs").EnumerateArray().First();
        Assert.Equal(["SCJG:2", "Thursday", "Countywide"], latest.GetProperty("additions").EnumerateArray().Select(a => a.GetString()));
        await Scenario.PollAsync(office, latest.GetProperty("url").GetString()!);
        var (after, shown) = await pages.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Contains($"id=\"staffing-{latest.GetProperty("id").GetInt64()}\"", shown);
        Assert.Contains("SCJG:2", shown);
        Assert.Contains("现有人员", shown);
        Assert.Contains("周四也作联合检查日", shown);
        Assert.Contains("派驻乡镇人员县级统筹", shown);

        var (goalStatus, badGoal, _) = await pages.PostFormAsync(page, "staffing", [new("Additions", "SCJG:2"), new("Goal", "四")]);
        Assert.Equal(HttpStatusCode.OK, goalStatus);
        Assert.Contains("staffing-errors", badGoal);
        Assert.Contains("goal: “四”不是百分数", badGoal);

        var (badStatus, bad, _) = await pages.PostFormAsync(page, "staffing", [new("Additions", "ZZZ:2")]);
        Assert.Equal(HttpStatusCode.OK, badStatus);
        Assert.Contains("staffing-errors", bad);
        Assert.Contains("no department &#x27;ZZZ&#x27;", bad);

        var (solveStatus, solve) = await pages.GetAsync($"/office/solves/{year.RunId}");
        Assert.Equal(HttpStatusCode.OK, solveStatus);
        Assert.Contains($"href=\"/office/solves/{year.RunId}/staffing\"", solve);
        var (overviewStatus, overview) = await pages.GetAsync($"/office?run={year.RunId}");
        Assert.Equal(HttpStatusCode.OK, overviewStatus);
        Assert.Contains("departments-staffing-whatif", overview);
    }
    [Fact]
    public async Task Adopt_WritesARowsChangeIntoTheRegister_AsItsNextVersion_OnceOnly()
    {
        using var office = year.Client(Caller.Office);
        using var started = await office.PostAsJsonAsync(Url, new { additions = new[] { "SCJG:2+Thursday", "SCJG:2", "县级统筹" } });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        var done = await Scenario.PollAsync(office, location);
        Assert.True(done.GetProperty("state").GetString() == "succeeded", done.ToString());
        var registerUrl = $"/api/years/{Tiny.Year}/register";
        using var before = await office.GetAsync(registerUrl);
        var version = int.Parse(before.Headers.GetValues("Register-Version").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var beforeRegister = await before.Content.ReadFromJsonAsync<JsonElement>();
        var officers = beforeRegister.GetProperty("inspectors").GetArrayLength();

        // Written in another order, it is still the row's change.
        using var adopted = await office.PostAsJsonAsync($"{location}/adopt", new { change = "Thursday+SCJG:2" });

        Assert.True(adopted.StatusCode == HttpStatusCode.OK, await adopted.Content.ReadAsStringAsync());
        var body = await adopted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version + 1, body.GetProperty("version").GetInt32());
        Assert.Equal(version, body.GetProperty("basedOn").GetInt32());
        Assert.Equal("SCJG:2+Thursday", body.GetProperty("change").GetString());
        Assert.Equal(["Tuesday", "Thursday"], body.GetProperty("jointWeekdays").EnumerateArray().Select(d => d.GetString()));
        var added = body.GetProperty("officersAdded").EnumerateArray().Select(o => o.GetString()!).ToList();
        Assert.Equal(2, added.Count);
        Assert.Equal(0, body.GetProperty("officersCountywide").GetArrayLength());
        var posted = beforeRegister.GetProperty("inspectors").EnumerateArray()
            .Where(o => o.TryGetProperty("township", out var t) && t.ValueKind == JsonValueKind.String).Select(o => o.GetProperty("id").GetString()!).ToList();
        using var after = await office.GetAsync(registerUrl);
        Assert.Equal((version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), after.Headers.GetValues("Register-Version").Single());
        var register = await after.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Tuesday", "Thursday"], register.GetProperty("calendar").GetProperty("jointWeekdays").EnumerateArray().Select(d => d.GetString()));
        var inspectors = register.GetProperty("inspectors").EnumerateArray().ToList();
        Assert.Equal(officers + 2, inspectors.Count);
        Assert.All(inspectors.Where(o => added.Contains(o.GetProperty("id").GetString()!)), o =>
        {
            Assert.Equal("SCJG", o.GetProperty("department").GetString());
            Assert.StartsWith("新增", o.GetProperty("name").GetString(), StringComparison.Ordinal);
        });

        // Once only: the register now has Thursday; nothing more is saved.
        using (var again = await office.PostAsJsonAsync($"{location}/adopt", new { change = "SCJG:2+Thursday" }))
        {
            Assert.True(again.StatusCode == HttpStatusCode.Conflict, await again.Content.ReadAsStringAsync());
            Assert.Contains("Thursday is already a joint weekday", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        foreach (var (bad, message) in new[] { ("YJGL:2", "not a change what-if"), ("", "name the change to adopt"), ("SCJG:0", "from 1 to 100") })
        {
            using var refused = await office.PostAsJsonAsync($"{location}/adopt", new { change = bad });
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
            var errors = await Scenario.ErrorsAsync(refused);
            Assert.Contains(errors["change"], m => m.Contains(message, StringComparison.Ordinal));
        }
        using (var unknown = await office.PostAsJsonAsync($"{Url}/987654/adopt", new { change = "SCJG:2" }))
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using (var latest = await office.GetAsync(registerUrl))
            Assert.Equal((version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), latest.Headers.GetValues("Register-Version").Single());

        // The page's button adopts the other row.
        using var pages = year.Pages(Caller.Office);
        var page = $"/office/solves/{year.RunId}/staffing";
        var (shownStatus, shown) = await pages.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, shownStatus);
        Assert.Contains($"value=\"{done.GetProperty("id").GetInt64()}|SCJG:2\"", shown);
        var (status, html, _) = await pages.PostFormAsync(page, "staffing-adopt", [new("Adopt", $"{done.GetProperty("id").GetInt64()}|SCJG:2")]);
        Assert.True(status == HttpStatusCode.OK, html);
        Assert.Contains("staffing-adopted", html);
        Assert.Contains($"第 {version + 2} 版", html);
        var (badStatus, badHtml, _) = await pages.PostFormAsync(page, "staffing-adopt", [new("Adopt", "nonsense")]);
        Assert.Equal(HttpStatusCode.OK, badStatus);
        Assert.Contains("staffing-errors", badHtml);

        // Countywide: the officers posted to townships work county-wide from the next version on; then there is none to lift.
        Assert.NotEmpty(posted);
        var (countywideStatus, countywideHtml, _) = await pages.PostFormAsync(page, "staffing-adopt", [new("Adopt", $"{done.GetProperty("id").GetInt64()}|Countywide")]);
        Assert.True(countywideStatus == HttpStatusCode.OK, countywideHtml);
        Assert.Contains("staffing-adopted-countywide", countywideHtml);
        Assert.Contains($"{posted.Count} 名派驻乡镇的执法人员改为县级统筹", countywideHtml);
        using (var lifted = await office.GetAsync(registerUrl))
        {
            var now = await lifted.Content.ReadFromJsonAsync<JsonElement>();
            Assert.All(now.GetProperty("inspectors").EnumerateArray(), o =>
                Assert.True(!o.TryGetProperty("township", out var t) || t.ValueKind == JsonValueKind.Null || added.Contains(o.GetProperty("id").GetString()!), o.ToString()));
        }
        using (var again = await office.PostAsJsonAsync($"{location}/adopt", new { change = "Countywide" }))
        {
            Assert.True(again.StatusCode == HttpStatusCode.Conflict, await again.Content.ReadAsStringAsync());
            Assert.Contains("no officer of the county is posted", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}

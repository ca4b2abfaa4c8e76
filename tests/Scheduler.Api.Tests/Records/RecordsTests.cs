using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Tests.Records;

/// <summary>PUT/GET /api/solves/{id}/records: versions merged, bad input named and nothing stored, a department only its visits.</summary>
public sealed class RecordsTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    private string Path => $"/api/solves/{year.RunId}/records";

    /// <summary>The plan's visits as (id, month) of what the caller sees.</summary>
    private async Task<List<(string Id, int Month)>> VisitsAsync(Caller caller)
    {
        var plan = await year.GetJsonAsync(caller, $"/api/solves/{year.RunId}/plan");
        return [.. plan.GetProperty("visits").EnumerateArray().Select(v => (v.GetProperty("id").GetString()!, v.GetProperty("month").GetInt32()))];
    }

    private static string Done(string visit, int month) =>
        new JsonObject { ["visit"] = visit, ["outcome"] = "done", ["date"] = $"{Tiny.Year}-{month:00}-15", ["officers"] = new JsonArray() }.ToJsonString();

    private static string NotDone(string visit) =>
        new JsonObject { ["visit"] = visit, ["outcome"] = "notDone", ["reason"] = "refused", ["note"] = "gate shut" }.ToJsonString();

    private static string Body(int through, params string[] records) =>
        $"{{\"formatVersion\":1,\"year\":{Tiny.Year},\"throughMonth\":{through},\"records\":[{string.Join(',', records)}]}}";

    private async Task<(HttpStatusCode Status, string Text)> PutAsync(Caller caller, string body)
    {
        using var client = year.Client(caller);
        using var response = await client.PutAsync(Path, Scenario.Json(body));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> RecordOfAsync(Caller caller, string visit) =>
        (await year.GetJsonAsync(caller, Path)).GetProperty("records").EnumerateArray().SingleOrDefault(r => r.GetProperty("visit").GetString() == visit);

    [Fact]
    public async Task Upload_IsANewVersion_AndALaterOneCorrectsTheVisit()
    {
        var (id, month) = (await VisitsAsync(Caller.Office)).OrderBy(v => v.Month).First();
        var first = await PutAsync(Caller.Office, Body(month, Done(id, month)));
        Assert.True(first.Status == HttpStatusCode.OK, first.Text);
        var second = await PutAsync(Caller.Office, Body(month, NotDone(id)));
        Assert.True(second.Status == HttpStatusCode.OK, second.Text);
        Assert.True(JsonDocument.Parse(second.Text).RootElement.GetProperty("version").GetInt32() > JsonDocument.Parse(first.Text).RootElement.GetProperty("version").GetInt32());

        var record = await RecordOfAsync(Caller.Office, id);
        Assert.Equal("notDone", record.GetProperty("outcome").GetString());
        Assert.Equal("refused", record.GetProperty("reason").GetString());

        // Each upload is audited with the run and its version, like the other writes.
        var audit = await year.Api.Services.GetRequiredService<AuditStore>().LatestAsync(50);
        var version = JsonDocument.Parse(second.Text).RootElement.GetProperty("version").GetInt32();
        Assert.Contains(audit, a => a.What == RecordStore.Audit && a.DetailJson!.Contains($"\"run\": {year.RunId}", StringComparison.Ordinal)
            && a.DetailJson.Contains($"\"version\": {version}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_NamesTheField_AndStoresNothing_WhenTheVisitIsUnknownOrItsMonthNotReached()
    {
        var visits = await VisitsAsync(Caller.Office);
        var late = visits.OrderByDescending(v => v.Month).First();
        Assert.True(late.Month > 1, "tiny's plan has a visit after January");
        var before = (await year.GetJsonAsync(Caller.Office, Path)).GetProperty("records").GetArrayLength();

        using var unknown = await year.Client(Caller.Office).PutAsync(Path, Scenario.Json(Body(3, Done("NO-SUCH-VISIT", 3))));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("$.records[0].visit", (await Scenario.ErrorsAsync(unknown)).Keys);

        using var notReached = await year.Client(Caller.Office).PutAsync(Path, Scenario.Json(Body(late.Month - 1, Done(late.Id, late.Month))));
        Assert.Equal(HttpStatusCode.BadRequest, notReached.StatusCode);
        var errors = await Scenario.ErrorsAsync(notReached);
        Assert.Contains("not yet reached", string.Join(" ", errors["$.records[0].visit"]));

        using var misspelt = await year.Client(Caller.Office).PutAsync(Path, Scenario.Json(Body(3).Replace("\"records\"", "\"recods\"")));
        Assert.Equal(HttpStatusCode.BadRequest, misspelt.StatusCode);

        Assert.Equal(before, (await year.GetJsonAsync(Caller.Office, Path)).GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task Department_RecordsItsOwnVisits_AndIsRefusedAnotherDepartmentsVisit()
    {
        var own = (await VisitsAsync(Caller.Own)).Select(v => v.Id).ToHashSet();
        var all = await VisitsAsync(Caller.Office);
        var mine = all.First(v => own.Contains(v.Id));
        var foreign = all.First(v => !own.Contains(v.Id));

        var ok = await PutAsync(Caller.Own, Body(12, NotDone(mine.Id)));
        Assert.True(ok.Status == HttpStatusCode.OK, ok.Text);

        using var refused = await year.Client(Caller.Own).PutAsync(Path, Scenario.Json(Body(12, NotDone(mine.Id), NotDone(foreign.Id))));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("$.records[1].visit", (await Scenario.ErrorsAsync(refused)).Keys);

        // A department reads the records of its own visits only.
        var seen = (await year.GetJsonAsync(Caller.Own, Path)).GetProperty("records").EnumerateArray().Select(r => r.GetProperty("visit").GetString()!);
        Assert.All(seen, v => Assert.Contains(v, own));
        Assert.Equal(JsonValueKind.Undefined, (await RecordOfAsync(Caller.Own, foreign.Id)).ValueKind);
    }
}

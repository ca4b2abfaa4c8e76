using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Replans;

/// <summary>
/// POST /api/solves/{id}/whatifs: an enterprise closed, a department's capacity cut, one more need — each answered with
/// the figures and the difference against the run's plan, nothing stored; bad input named by field.
/// </summary>
public sealed class WhatIfTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    private async Task<int> RunCountAsync() =>
        (await year.GetJsonAsync(Caller.Office, $"/api/years/{Tiny.Year}/solves")).GetProperty("runs").GetArrayLength();

    private async Task<List<JsonElement>> VisitsAsync() =>
        [.. (await year.GetJsonAsync(Caller.Office, $"/api/solves/{year.RunId}/plan")).GetProperty("visits").EnumerateArray()];

    private async Task<JsonElement> AskAsync(object whatIf)
    {
        using var office = year.Client(Caller.Office);
        using var response = await office.PostAsJsonAsync($"/api/solves/{year.RunId}/whatifs", whatIf);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static IEnumerable<JsonElement> Moves(JsonElement answer) =>
        answer.GetProperty("diff").GetProperty("enterprises").EnumerateArray().SelectMany(e => e.GetProperty("moves").EnumerateArray());

    [Fact]
    public async Task Closing_MovesTheEnterprisesVisitOutOfTheClosedMonth_AndStoresNothing()
    {
        var visits = await VisitsAsync();
        var visit = visits.First(v => v.GetProperty("month").GetInt32() >= 2);
        var enterprise = visit.GetProperty("enterprise").GetString()!;
        int month = visit.GetProperty("month").GetInt32();
        var before = await RunCountAsync();

        var answer = await AskAsync(new { kind = "close", enterprise, months = new[] { month } });

        Assert.Equal(1, answer.GetProperty("from").GetInt32());
        Assert.Equal(visits.Count, answer.GetProperty("figures").GetProperty("visitsBefore").GetInt32());
        var tasks = visit.GetProperty("tasks").EnumerateArray().Select(t => (t.GetProperty("need").GetString(), t.GetProperty("occurrence").GetInt32())).ToList();
        var moved = Moves(answer).Where(m => m.GetProperty("fromVisit").GetString() == visit.GetProperty("id").GetString()).ToList();
        Assert.Equal(tasks.Count, moved.Count);
        Assert.All(moved, m => Assert.NotEqual(month, m.GetProperty("toMonth").ValueKind == JsonValueKind.Null ? 0 : m.GetProperty("toMonth").GetInt32()));
        Assert.Equal(before, await RunCountAsync());
    }

    [Fact]
    public async Task ACapacityCut_MovesAVisitOfTheDepartmentOutOfTheMonth()
    {
        var needs = (await year.GetJsonAsync(Caller.Office, $"/api/years/{Tiny.Year}/instance")).GetProperty("needs").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("department").GetString()!);
        var visit = (await VisitsAsync()).First(v => v.GetProperty("month").GetInt32() >= 3);
        int month = visit.GetProperty("month").GetInt32();
        var department = needs[visit.GetProperty("tasks")[0].GetProperty("need").GetString()!];

        var answer = await AskAsync(new { kind = "capacity", department, month, visits = 1 });

        Assert.Contains(Moves(answer), m => m.GetProperty("department").GetString() == department && m.GetProperty("fromMonth").GetInt32() == month);
    }

    [Fact]
    public async Task OneMoreNeed_IsPlacedOrNamedUnassigned_UnderItsWhatIfId()
    {
        var answer = await AskAsync(new { kind = "need", from = 2, need = new { department = "SCJG", enterprise = "E3", items = new[] { "SCJG-01" }, timesPerYear = 1 } });

        Assert.Equal("WHATIF", answer.GetProperty("needId").GetString());
        var figures = answer.GetProperty("figures");
        bool added = Moves(answer).Any(m => m.GetProperty("need").GetString() == "WHATIF" && m.GetProperty("change").GetString() == "Added"
            && m.GetProperty("toMonth").GetInt32() >= 2);
        bool unassigned = figures.GetProperty("unassignedAfter").GetInt32() == figures.GetProperty("unassignedBefore").GetInt32() + 1;
        Assert.True(added || unassigned, answer.ToString());
        // Where it was placed, the visit holding the new need has a team-day of its month with two SCJG officers, or a reason.
        if (!added) return;
        var departments = (await year.GetJsonAsync(Caller.Office, $"/api/years/{Tiny.Year}/instance")).GetProperty("inspectors").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("department").GetString());
        var place = Assert.Single(answer.GetProperty("places").EnumerateArray(), p => p.GetProperty("enterprise").GetString() == "E3");
        if (place.GetProperty("teamDay").ValueKind == JsonValueKind.String)
        {
            Assert.True(place.GetProperty("inspectors").EnumerateArray().Count(i => departments[i.GetString()!] == "SCJG") >= 2, place.ToString());
            Assert.StartsWith($"{Tiny.Year}-{place.GetProperty("month").GetInt32():00}-", place.GetProperty("date").GetString());
        }
        else Assert.False(string.IsNullOrEmpty(place.GetProperty("reason").GetString()), place.ToString());
    }

    [Theory]
    [InlineData("""{"enterprise": "E1", "months": [12]}""", "kind", "kind is required")]
    [InlineData("""{"kind": "close", "enterprise": "E999", "months": [12]}""", "enterprise", "E999")]
    [InlineData("""{"kind": "close", "enterprise": "E1", "months": [13]}""", "months[0]", "1-12")]
    [InlineData("""{"kind": "close", "enterprise": "E1", "from": 5, "months": [3]}""", "months[0]", "history")]
    [InlineData("""{"kind": "capacity", "department": "SCJG", "month": 1, "visits": 1}""", "month", "frozen")]
    [InlineData("""{"kind": "capacity", "department": "SCJG", "month": 5, "visits": 1, "teamDays": 1}""", "teamDays", "exactly one")]
    [InlineData("""{"kind": "need", "need": {"department": "SCJG", "enterprise": "E1", "items": ["SCJG-01"], "timesPerYear": 13}}""", "need.timesPerYear", "13")]
    public async Task BadWhatIf_IsA400NamingTheField_AndStoresNothing(string body, string field, string words)
    {
        var before = await RunCountAsync();
        using var office = year.Client(Caller.Office);
        using var response = await office.PostAsync($"/api/solves/{year.RunId}/whatifs", Scenario.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Scenario.ErrorsAsync(response);
        Assert.True(errors.ContainsKey(field), string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        Assert.Contains(words, string.Join(" ", errors[field]), StringComparison.Ordinal);
        Assert.Equal(before, await RunCountAsync());
    }

    [Fact]
    public async Task AWhatIfOfARunWithoutAPlan_IsA404()
    {
        using var office = year.Client(Caller.Office);
        using var response = await office.PostAsJsonAsync("/api/solves/987654/whatifs", new { kind = "close", enterprise = "E1", months = new[] { 12 } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

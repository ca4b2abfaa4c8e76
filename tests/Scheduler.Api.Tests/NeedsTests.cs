using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scheduler.Api.Tests;

/// <summary>Submitting and reading needs: versions, ownership, and bad input reported with paths.</summary>
public sealed class NeedsTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Submit_KeepsTheEarlierVersionReadable_WhenADepartmentResubmits()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        var first = Tiny.Needs("SCJG");
        var second = Tiny.Needs("SCJG");
        second["needs"]![0]!["timesPerYear"] = 2;

        using var r1 = await Scenario.SubmitAsync(api, token, first);
        var v1 = (await r1.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        using var r2 = await Scenario.SubmitAsync(api, token, second);
        Assert.Equal(HttpStatusCode.OK, r2.StatusCode);
        var v2 = (await r2.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal(v1 + 1, v2);

        using var client = api.Client(token);
        var old = await client.GetFromJsonAsync<JsonElement>($"/api/years/{Tiny.Year}/needs?version={v1}");
        var oldNeeds = old.GetProperty("submissions")[0].GetProperty("needs");
        Assert.Equal(1, oldNeeds[0].GetProperty("timesPerYear").GetInt32());
        var latest = await client.GetFromJsonAsync<JsonElement>($"/api/years/{Tiny.Year}/needs");
        var submission = latest.GetProperty("submissions")[0];
        Assert.Equal(v2, submission.GetProperty("version").GetInt32());
        Assert.Equal(2, submission.GetProperty("needs")[0].GetProperty("timesPerYear").GetInt32());
        Assert.Contains(v1, submission.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
    }

    [Fact]
    public async Task Submit_Answers403NamingTheNeed_WhenNeedsBelongToAnotherDepartment()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var response = await Scenario.SubmitAsync(api, token, Tiny.Needs("YJGL"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var errors = await Scenario.ErrorsAsync(response);
        Assert.Contains("$.needs[0].department", errors.Keys);
    }

    [Fact]
    public async Task Get_Answers403_WhenADepartmentAsksForAnotherDepartmentsNeeds()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(token);
        using var response = await client.GetAsync($"/api/years/{Tiny.Year}/needs?department=YJGL");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_ShowsOnlyOwnNeeds_WhenADepartmentReads()
    {
        var scjg = await Scenario.IssueTokenAsync(api, "SCJG");
        var yjgl = await Scenario.IssueTokenAsync(api, "YJGL");
        (await Scenario.SubmitAsync(api, scjg, Tiny.Needs("SCJG"))).Dispose();
        (await Scenario.SubmitAsync(api, yjgl, Tiny.Needs("YJGL"))).Dispose();
        using var client = api.Client(yjgl);
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/years/{Tiny.Year}/needs");
        var departments = view.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("department").GetString()).ToList();
        Assert.Equal(["YJGL"], departments);
    }

    [Fact]
    public async Task Submit_Answers400ListingEveryUnknownId_WhenNeedsNameUnknownEnterprisesAndItems()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        var needs = JsonNode.Parse("""
            {"needs": [
              {"id": "X1", "department": "SCJG", "enterprise": "E999", "items": ["SCJG-01"], "timesPerYear": 1},
              {"id": "X2", "department": "SCJG", "enterprise": "E1", "items": ["NOPE-01"], "timesPerYear": 1}
            ]}
            """)!;
        using var response = await Scenario.SubmitAsync(api, token, needs);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Scenario.ErrorsAsync(response);
        Assert.Contains("E999", string.Join(" ", errors["$.needs[0].enterprise"]));
        Assert.Contains("NOPE-01", string.Join(" ", errors["$.needs[1].items[0]"]));
    }

    [Fact]
    public async Task Submit_Answers400WithThePath_WhenAValueHasTheWrongType()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        var needs = JsonNode.Parse("""{"needs": [{"id": "N1", "department": "SCJG", "enterprise": "E1", "items": ["SCJG-01"], "timesPerYear": "often"}]}""")!;
        using var response = await Scenario.SubmitAsync(api, token, needs);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Scenario.ErrorsAsync(response);
        Assert.Contains("$.needs[0].timesPerYear", errors.Keys);
    }

    [Theory]
    [InlineData("{\"needs\": [")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("null")]
    public async Task Submit_Answers400NotA500_WhenTheBodyIsMalformed(string body)
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(token);
        using var response = await client.PutAsync($"/api/years/{Tiny.Year}/needs", Scenario.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await Scenario.ErrorsAsync(response));
    }

    [Fact]
    public async Task Submit_AcceptsABareArray_WhenTheBodyIsTheNeedsList()
    {
        var token = await Scenario.IssueTokenAsync(api, "WHSC");
        using var response = await Scenario.SubmitAsync(api, token, Tiny.Needs("WHSC")["needs"]!.DeepClone());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("WHSC", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("department").GetString());
    }
}

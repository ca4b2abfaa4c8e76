using System.Net;
using System.Text;
using System.Text.Json;

namespace Scheduler.Api.Tests;

/// <summary>
/// Bad input to every endpoint that takes input: malformed JSON, wrong types, unknown ids, values out of range, values
/// that are not numbers in the route, oversize bodies. Always the 4xx of the table, as ProblemDetails, naming the JSON
/// path or the parameter where there is one to name; never a 500. Tiny's year is registered; 1999 is not.
/// </summary>
public sealed class BadInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Oversize = "<oversize>";
    private const string Need = """{"id": "X1", "department": "SCJG", "enterprise": "E1", "items": ["SCJG-01"]""";

    /// <summary>"$*" = some JSON path; "x*" = a path starting with x; null = nothing to name (404, 413).</summary>
    public static TheoryData<Caller, string, string, string?, int, string?> Cases() => new()
    {
        // caller       method    path                                        body                                              status  names
        { Caller.Office, "POST",   "/api/tokens",                            "{",                                               400, "$*" },
        { Caller.Office, "POST",   "/api/tokens",                            "",                                                400, "$*" },
        { Caller.Office, "POST",   "/api/tokens",                            "[1, 2]",                                          400, "$" },
        { Caller.Office, "POST",   "/api/tokens",                            """{"department": 42}""",                          400, "$.department" },
        { Caller.Office, "POST",   "/api/tokens",                            """{"department": "NOPE"}""",                      400, "$.department" },
        { Caller.Office, "POST",   "/api/tokens",                            """{"department": "has space"}""",                 400, "$.department" },
        { Caller.Office, "POST",   "/api/tokens",                            """{}""",                                          400, "$.department" },
        { Caller.Office, "POST",   "/api/tokens",                            """{"role": "admin"}""",                           400, "$.role" },
        { Caller.Office, "POST",   "/api/tokens",                            """{"role": "office", "department": "SCJG"}""",    400, "$.department" },
        { Caller.Office, "POST",   "/api/tokens",                            Oversize,                                          413, null },
        { Caller.Office, "DELETE", "/api/tokens/987654",                     null,                                              404, null },
        // Token 1 is the office token seeded at start-up, the only office token here (no row issues another): never revoked.
        { Caller.Office, "DELETE", "/api/tokens/1",                          null,                                              409, "id" },
        { Caller.Office, "DELETE", "/api/tokens/abc",                        null,                                              400, "id" },
        { Caller.Office, "DELETE", "/api/tokens/1.5",                        null,                                              400, "id" },
        { Caller.Office, "DELETE", "/api/tokens/99999999999999999999",       null,                                              400, "id" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             "{",                                               400, "$*" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             "null",                                            400, "$" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             "[]",                                              400, "$" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": "2026"}""",                            400, "$.year" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "townships": 5}""",              400, "$.townships" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "departments": [null]}""",       400, "$.departments*" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "calendar": {"holidays": ["soon"]}}""", 400, "$.calendar.holidays*" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "rules": {"maxVisitMinutes": 1.5}}""", 400, "$.rules.maxVisitMinutes" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "rules": null, "calendar": null, "townships": null}""", 400, "$*" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "townships": [{"id": "T1", "location": null}], "enterprises": [{"id": "E1", "township": "T1", "location": null, "creditTier": "purple", "closedMonths": [null]}]}""", 400, "$.enterprises[0]*" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "calendar": {"jointWeekdays": [9, "Funday"]}}""", 400, "$.calendar.jointWeekdays*" },
        { Caller.Office, "PUT",    "/api/years/abc/register",                "{}",                                              400, "year" },
        { Caller.Office, "PUT",    "/api/years/99999999999/register",        "{}",                                              400, "year" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             Oversize,                                          413, null },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "{",                                               400, "$*" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"needs": {}}""",                               400, "$.needs" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"needs": [null]}""",                           400, "$.needs[0]*" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"needs": [{"id": "X1", "department": "SCJG", "enterprise": "E1", "items": "SCJG-01"}]}""", 400, "$.needs[0].items" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "{\"needs\": [" + Need + ", \"months\": [0, 13]}]}", 400, "$.needs[0].months*" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "{\"needs\": [" + Need + ", \"timesPerYear\": 40}]}", 400, "$.needs[0].timesPerYear" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "{\"needs\": [" + Need + ", \"standalone\": \"yes\"}]}", 400, "$.needs[0].standalone" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"needs": [{"id": null, "department": "SCJG", "enterprise": null, "items": [null], "months": null}]}""", 400, "$.needs[0]*" },
        { Caller.Own,    "PUT",    "/api/years/1999/needs",                  "{\"needs\": [" + Need + "}]}",                    404, null },
        { Caller.Own,    "PUT",    "/api/years/x/needs",                     "{\"needs\": []}",                                 400, "year" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                Oversize,                                          413, null },
        // Strict bodies (issue 11): a body without "needs" never stores an empty version; unknown properties are named.
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "{}",                                              400, "$.needs" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "{\"need\": [" + Need + "}]}",                       400, "$.need" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"Needs": [], "junk": 1}""",                    400, "$.needs" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"Needs": [], "junk": 1}""",                    400, "$.junk" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "{\"needs\": [" + Need + ", \"colour\": \"red\"}]}", 400, "$.needs[0]*" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "[" + Need + ", \"timesPerYer\": 2}]",               400, "$.needs[0]*" },
        // Control characters (NUL would reach PostgreSQL as 22P05) and ids over 64 characters, each named by its path.
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"needs": [{"id": "N\u0000X", "department": "SCJG", "enterprise": "E1", "items": ["SCJG-01"]}]}""", 400, "$.needs[0].id" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"needs": [{"id": "N1", "department": "SCJG", "enterprise": "E1\u0007", "items": ["SCJG-01"]}]}""", 400, "$.needs[0].enterprise" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"needs": [{"id": "N1", "department": "SCJG", "enterprise": "E1", "items": ["SCJG-01\u001b"]}]}""", 400, "$.needs[0].items[0]" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                """{"needs": [], "\u0000": 1}""",                 400, "$*" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "{\"needs\": [{\"id\": \"" + string.Concat(Enumerable.Repeat("\ud83d\ude00", 10_000)) + "\", \"department\": \"SCJG\", \"enterprise\": \"E1\", \"items\": [\"SCJG-01\"]}]}", 400, "$.needs[0].id" },
        { Caller.Own,    "PUT",    "/api/years/{year}/needs",                "{\"needs\": [{\"id\": \"" + new string('n', 65) + "\", \"department\": \"SCJG\", \"enterprise\": \"E1\", \"items\": [\"SCJG-01\"]}]}", 400, "$.needs[0].id" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "junk": 1}""",                   400, "$*" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "departments": [{"id": "D1", "name": "x", "colour": 1}]}""", 400, "$.departments[0]*" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "name": "县\u0000"}""",          400, "$.name" },
        { Caller.Office, "PUT",    "/api/years/{year}/register",             """{"year": 2026, "departments": [{"id": "D1", "name": "x\u0000"}]}""", 400, "$.departments[0].name" },
        { Caller.Office, "POST",   "/api/tokens",                            """{"department": "SCJG\u0000"}""",               400, "$.department" },
        { Caller.Office, "POST",   "/api/tokens",                            """{"department": "SCJG", "junk": "x"}""",         400, "$.junk" },
        { Caller.Office, "POST",   "/api/tokens",                            """{"Department": "SCJG"}""",                      400, "$.Department" },
        { Caller.Own,    "GET",    "/api/years/{year}/needs?version=abc",    null,                                              400, "version" },
        { Caller.Own,    "GET",    "/api/years/1999/needs",                  null,                                              404, null },
        { Caller.Office, "GET",    "/api/years/{year}/needs?department=NOPE", null,                                             404, null },
        { Caller.Office, "GET",    "/api/years/{year}/needs?version=1",      null,                                              400, "version" },
        { Caller.Own,    "GET",    "/api/years/1999/register",               null,                                              404, null },
        { Caller.Own,    "GET",    "/api/years/{year}/register?version=x",   null,                                              400, "version" },
        { Caller.Own,    "GET",    "/api/years/{year}/register?version=-2",  null,                                              400, "version" },
        { Caller.Own,    "GET",    "/api/years/1999/register/versions",      null,                                              404, null },
        { Caller.Office, "GET",    "/api/years/1999/instance",               null,                                              404, null },
        { Caller.Office, "GET",    "/api/years/2026x/instance",              null,                                              400, "year" },
        { Caller.Office, "POST",   "/api/years/1999/solves",                 null,                                              404, null },
        { Caller.Office, "POST",   "/api/years/twenty/solves",               null,                                              400, "year" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?seed=-1",       null,                                              400, "seed" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?seed=abc",      null,                                              400, "seed" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?seed=1.5",      null,                                              400, "seed" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?seed=99999999999", null,                                           400, "seed" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?work=0",        null,                                              400, "work" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?work=-3",       null,                                              400, "work" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?work=10001",    null,                                              400, "work" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?work=NaN",      null,                                              400, "work" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?work=Infinity", null,                                              400, "work" },
        { Caller.Office, "POST",   "/api/years/{year}/solves?work=lots",     null,                                              400, "work" },
        { Caller.Office, "POST",   "/api/solves/abc/rerun",                  null,                                              400, "id" },
        { Caller.Office, "POST",   "/api/solves/987654/rerun",               null,                                              404, null },
        { Caller.Office, "GET",    "/api/years/1999/staffing",               null,                                              404, null },
        { Caller.Office, "GET",    "/api/years/x/staffing",                  null,                                              400, "year" },
        { Caller.Own,    "GET",    "/api/years/1999/solves",                 null,                                              404, null },
        { Caller.Own,    "GET",    "/api/years/x/solves",                    null,                                              400, "year" },
        { Caller.Own,    "GET",    "/api/solves/987654",                     null,                                              404, null },
        { Caller.Own,    "GET",    "/api/solves/-1",                         null,                                              404, null },
        { Caller.Own,    "GET",    "/api/solves/abc",                        null,                                              400, "id" },
        { Caller.Own,    "GET",    "/api/solves/1.5",                        null,                                              400, "id" },
        { Caller.Office, "DELETE", "/api/solves/987654",                     null,                                              404, null },
        { Caller.Office, "DELETE", "/api/solves/abc",                        null,                                              400, "id" },
        { Caller.Own,    "GET",    "/api/solves/987654/plan",                null,                                              404, null },
        { Caller.Own,    "GET",    "/api/solves/abc/plan",                   null,                                              400, "id" },
        { Caller.Office, "GET",    "/api/solves/987654/plan?format=pdf",     null,                                              400, "format" },
        { Caller.Own,    "GET",    "/api/solves/987654/months/0",            null,                                              400, "month" },
        { Caller.Own,    "GET",    "/api/solves/987654/months/13",           null,                                              400, "month" },
        { Caller.Office, "GET",    "/api/solves/987654/months/march",        null,                                              400, "month" },
        { Caller.Office, "GET",    "/api/solves/987654/months/3",            null,                                              404, null },
        { Caller.Office, "GET",    "/api/solves/987654/months/3?format=doc", null,                                              400, "format" },
        { Caller.Office, "GET",    "/api/solves/x/months/3",                 null,                                              400, "id" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_Answers4xxProblemDetailsNamingTheInput_WhenTheInputIsBad(Caller caller, string method, string path,
        string? body, int status, string? names)
    {
        var own = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(caller == Caller.Own ? own : ApiFactory.OfficeToken);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{year}", Tiny.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            Content = body is null ? null : new StringContent(body == Oversize ? Padded() : body, Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        if (names is null) return;
        Assert.True(problem.TryGetProperty("errors", out var errors), $"no errors listed: {text}");
        var keys = errors.EnumerateObject().Select(p => p.Name).ToList();
        var matches = names.EndsWith('*') ? keys.Where(k => k.StartsWith(names.TrimEnd('*'), StringComparison.Ordinal)) : keys.Where(k => k == names);
        Assert.True(matches.Any(), $"no error names {names}: {text}");
    }

    [Theory]
    [InlineData("not a media type at all;;;")]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;q=abc")]
    public async Task GetPlan_AnswersNot500_WhenTheAcceptHeaderIsGarbage(string accept)
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/solves/987654/plan");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await office.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Submit_Answers403NamingTheNeed_WhenOneOfSeveralNeedsIsAnotherDepartments()
    {
        var own = await Scenario.IssueTokenAsync(api, "SCJG");
        var needs = Tiny.Needs("SCJG");
        needs["needs"]!.AsArray().Add(Tiny.Needs("YJGL")["needs"]![0]!.DeepClone());
        using var response = await Scenario.SubmitAsync(api, own, needs);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var errors = await Scenario.ErrorsAsync(response);
        var index = needs["needs"]!.AsArray().Count - 1;
        Assert.Equal([$"$.needs[{index}].department"], errors.Keys);

        // Nothing of the refused body was stored: YJGL still has no needs.
        using var office = api.Client(ApiFactory.OfficeToken);
        using var other = await office.GetAsync($"/api/years/{Tiny.Year}/needs?department=YJGL");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task GetSolve_SaysTheIdMustBeAWholeNumber_WhenTheRouteHoldsText()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync("/api/solves/latest");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["'latest' is not a whole number"], (await Scenario.ErrorsAsync(response))["id"]);
    }

    [Theory]
    [InlineData("PUT", "/api/years/{year}/needs", "text/plain")]
    [InlineData("PUT", "/api/years/{year}/needs", null)]
    [InlineData("PUT", "/api/years/{year}/needs", "application/x-www-form-urlencoded")]
    [InlineData("PUT", "/api/years/{year}/needs", "application/json; charset=latin1")]
    [InlineData("PUT", "/api/years/{year}/register", "application/xml")]
    [InlineData("POST", "/api/tokens", "text/plain")]
    public async Task Endpoint_Answers415NamingContentType_WhenTheBodyIsNotJson(string method, string path, string? contentType)
    {
        var own = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(path.Contains("needs", StringComparison.Ordinal) ? own : ApiFactory.OfficeToken);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"needs\": []}"));
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{year}", Tiny.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            Content = content,
        };
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Content-Type", (await Scenario.ErrorsAsync(response)).Keys);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"need\": []}")]
    [InlineData("{\"Needs\": [], \"junk\": 1}")]
    public async Task Submit_StoresNothing_WhenTheBodyHasNoNeedsProperty(string body)
    {
        var own = await Scenario.IssueTokenAsync(api, "WHSC");
        using var client = api.Client(own);
        using (var first = await Scenario.SubmitAsync(api, own, Tiny.Needs("WHSC"))) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var before = await VersionsAsync(client, "WHSC");

        using var response = await client.PutAsync($"/api/years/{Tiny.Year}/needs", Scenario.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.needs", (await Scenario.ErrorsAsync(response)).Keys);
        Assert.Equal(before, await VersionsAsync(client, "WHSC"));
        using var latest = await client.GetAsync($"/api/years/{Tiny.Year}/needs");
        var needs = JsonDocument.Parse(await latest.Content.ReadAsStringAsync()).RootElement.GetProperty("submissions")[0].GetProperty("needs");
        Assert.Equal(Tiny.Needs("WHSC")["needs"]!.AsArray().Count, needs.GetArrayLength());
    }

    [Fact]
    public async Task Submit_StoresAnEmptyVersion_OnlyWhenNeedsIsSentExplicitlyEmpty()
    {
        var own = await Scenario.IssueTokenAsync(api, "YY");
        using var client = api.Client(own);
        using (var first = await Scenario.SubmitAsync(api, own, Tiny.Needs("YY"))) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var before = await VersionsAsync(client, "YY");
        using var response = await client.PutAsync($"/api/years/{Tiny.Year}/needs", Scenario.Json("{\"needs\": []}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await VersionsAsync(client, "YY"));
    }

    [Fact]
    public async Task Submit_ListsAtMostMaxErrorsWithTheirCount_WhenEveryNeedNamesAnUnknownEnterprise()
    {
        var own = await Scenario.IssueTokenAsync(api, "SCJG");
        var needs = string.Join(",", Enumerable.Range(0, 2_000).Select(i =>
            $$"""{"id": "U{{i}}", "department": "SCJG", "enterprise": "NOPE", "items": ["SCJG-01"]}"""));
        using var client = api.Client(own);
        using var response = await client.PutAsync($"/api/years/{Tiny.Year}/needs", Scenario.Json("{\"needs\": [" + needs + "]}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var listed = problem.GetProperty("errors").EnumerateObject().Sum(p => p.Value.GetArrayLength());
        Assert.Equal(100, listed);
        Assert.True(problem.GetProperty("errorCount").GetInt32() >= 2_000, problem.GetProperty("errorCount").ToString());
        Assert.True(problem.GetProperty("errorsTruncated").GetBoolean());
    }

    [Fact]
    public async Task Submit_GivesErrorCount_WhenTheErrorsAreFewerThanTheCap()
    {
        var own = await Scenario.IssueTokenAsync(api, "SCJG");
        using var response = await api.Client(own).PutAsync($"/api/years/{Tiny.Year}/needs", Scenario.Json("{}"));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, problem.GetProperty("errorCount").GetInt32());
        Assert.False(problem.TryGetProperty("errorsTruncated", out _));
    }

    private static async Task<int> VersionsAsync(HttpClient client, string department)
    {
        using var response = await client.GetAsync($"/api/years/{Tiny.Year}/needs?department={department}");
        var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("submissions")[0];
        return view.GetProperty("version").GetInt32();
    }

    /// <summary>Valid JSON, just over the service's 1 MB limit.</summary>
    private static string Padded() => "{\"padding\": \"" + new string('x', ApiFactory.BodyLimitMegabytes * 1024 * 1024 + 4096) + "\"}";
}

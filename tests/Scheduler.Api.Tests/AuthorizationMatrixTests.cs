using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Scheduler.Api.Tests;

/// <summary>
/// Every endpoint × every caller, with the exact status each gets: the table below is the authorization spec.
/// Placeholders: {year} tiny's year (registered, solved), {run} its succeeded run, {draw} its stored draw, {own} SCJG, {other} YJGL.
/// "own" is the department a row is about (its needs, or simply a department token); "other" is another department;
/// "province" the province's token: it reads (never needs, instances or tokens) and writes nothing of a county's.
/// </summary>
public sealed class AuthorizationMatrixTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    private const string OwnNeeds = "<SCJG's needs>";
    private const string OtherNeeds = "<YJGL's needs>";
    private const string Register = "<tiny's register>";
    private const string OwnRules = "<SCJG's rules>";
    private const string OtherRules = "<YJGL's rules>";
    private const string TokenForOwn = """{"department": "SCJG"}""";
    private const string ReplanFrom = """{"from": 12}""";
    private const string StaffingAdd = """{"additions": ["SCJG:2"]}""";
    private const string StaffingAdopt = """{"change": "SCJG:2"}""";
    private const string WhatIfClose = """{"kind": "close", "enterprise": "E1", "months": [12]}""";
    private static readonly string NoRecords = $$"""{"year": {{Tiny.Year}}, "throughMonth": 1, "records": []}""";

    internal static readonly Row[] Table =
    [
        //      method    path                                                  body         office own  other none unknown province
        new("POST",   "/api/tokens",                                            TokenForOwn, 200,   403, 403,  401, 401, 403),
        new("GET",    "/api/tokens",                                            null,        200,   403, 403,  401, 401, 403),
        // An id no token has: revoking a real one here would take a caller of the table away (TokenRevocationTests revoke).
        new("DELETE", "/api/tokens/987654",                                     null,        404,   403, 403,  401, 401, 403),
        new("PUT",    "/api/years/{year}/register",                             Register,    200,   403, 403,  401, 401, 403),
        new("GET",    "/api/years/{year}/register",                             null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/years/{year}/register?version=1",                   null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/years/{year}/register/versions",                    null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/years/1999/register",                               null,        404,   404, 404,  401, 401, 404),
        new("GET",    "/api/years/{year}/instance",                             null,        200,   403, 403,  401, 401, 403),
        new("GET",    "/api/years/{year}/staffing",                             null,        200,   403, 403,  401, 401, 403),
        new("GET",    "/api/years/1999/staffing",                               null,        404,   403, 403,  401, 401, 403),
        // A department submits its own needs only: SCJG's needs from YJGL are refused, and the office submits none.
        new("PUT",    "/api/years/{year}/needs",                                OwnNeeds,    403,   200, 403,  401, 401, 403),
        new("PUT",    "/api/years/{year}/needs",                                OtherNeeds,  403,   403, 200,  401, 401, 403),
        // A department reads its own needs only; without ?department= it gets its own, never another's.
        new("GET",    "/api/years/{year}/needs",                                null,        200,   200, 200,  401, 401, 403),
        new("GET",    "/api/years/{year}/needs?department={own}",               null,        200,   200, 403,  401, 401, 403),
        new("GET",    "/api/years/{year}/needs?department={own}&version=1",     null,        200,   200, 403,  401, 401, 403),
        new("GET",    "/api/years/{year}/needs?department={other}",             null,        200,   403, 200,  401, 401, 403),
        new("PUT",    "/api/years/{year}/rules",                                OwnRules,    403,   200, 403,  401, 401, 403),
        new("PUT",    "/api/years/{year}/rules",                                OtherRules,  403,   403, 200,  401, 401, 403),
        new("GET",    "/api/years/{year}/rules",                                null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/years/{year}/rules?department={own}",               null,        200,   200, 403,  401, 401, 200),
        new("GET",    "/api/years/{year}/rules?department={other}",             null,        200,   403, 200,  401, 401, 200),
        new("GET",    "/api/years/1999/rules",                                  null,        404,   404, 404,  401, 401, 404),
        // A preview stores nothing: anyone previews, a department its own rules only.
        new("POST",   "/api/years/{year}/rules/preview",                        OwnRules,    200,   200, 403,  401, 401, 403),
        // A draw row gives a reason, so it draws whether or not the year has a published draw.
        new("POST",   "/api/years/{year}/draws",                                """{"seed": 5, "reason": "matrix"}""", 201, 403, 403, 401, 401, 403),
        new("GET",    "/api/years/{year}/draws",                                null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/years/{year}/draws/{draw}",                         null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/years/{year}/draws/987654",                         null,        404,   404, 404,  401, 401, 404),
        // An id no draw has: publishing the fixture's draw would change what other rows read.
        new("POST",   "/api/years/{year}/draws/987654/publish",                 null,        404,   403, 403,  401, 401, 403),
        new("POST",   "/api/years/{year}/solves",                               null,        202,   403, 403,  401, 401, 403),
        new("POST",   "/api/years/{year}/solves?draw=987654",                   null,        400,   403, 403,  401, 401, 403),
        new("GET",    "/api/years/{year}/solves",                               null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/solves/{run}",                                      null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/solves/987654",                                     null,        404,   404, 404,  401, 401, 404),
        new("DELETE", "/api/solves/{run}",                                      null,        202,   403, 403,  401, 401, 403),
        new("POST",   "/api/solves/{run}/rerun",                                null,        202,   403, 403,  401, 401, 403),
        new("POST",   "/api/solves/987654/rerun",                               null,        404,   403, 403,  401, 401, 403),
        // Plans: the office gets all of it, each department its own part (DepartmentPlanTests checks which part).
        new("GET",    "/api/solves/{run}/plan",                                 null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/solves/{run}/plan?format=xlsx",                     null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/solves/{run}/months/3",                             null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/solves/{run}/months/3?format=xlsx",                 null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/solves/987654/plan",                                null,        404,   404, 404,  401, 401, 404),
        // Records: anyone records; a department only visits holding its tasks (RecordsTests: 403 for another's visit).
        new("PUT",    "/api/solves/{run}/records",                              NoRecords,   200,   200, 200,  401, 401, 403),
        new("GET",    "/api/solves/{run}/records",                              null,        200,   200, 200,  401, 401, 200),
        new("PUT",    "/api/solves/987654/records",                             NoRecords,   404,   404, 404,  401, 401, 403),
        // The results workbook of a month: anyone; a department gets its own visits (RecordSheetTests).
        new("GET",    "/api/solves/{run}/records/template?month=3",             null,        200,   200, 200,  401, 401, 200),
        new("GET",    "/api/solves/987654/records/template?month=3",            null,        404,   404, 404,  401, 401, 404),
        // Replans: the office replans; the diff is of a replan run ({run} replaces none: 404), a department sees its part.
        new("POST",   "/api/solves/{run}/replans",                              ReplanFrom,  202,   403, 403,  401, 401, 403),
        new("POST",   "/api/solves/987654/replans",                             ReplanFrom,  404,   403, 403,  401, 401, 403),
        // What-if: the office asks; nothing is stored, so the row can run in any order.
        new("POST",   "/api/solves/{run}/whatifs",                              WhatIfClose, 200,   403, 403,  401, 401, 403),
        new("POST",   "/api/solves/987654/whatifs",                             WhatIfClose, 404,   403, 403,  401, 401, 403),
        // Staffing what-ifs: the office asks (the row's what-if is cancelled at once), reads and cancels; nobody else.
        new("POST",   "/api/solves/{run}/staffing",                             StaffingAdd, 202,   403, 403,  401, 401, 403),
        new("POST",   "/api/solves/987654/staffing",                            StaffingAdd, 404,   403, 403,  401, 401, 403),
        new("GET",    "/api/solves/{run}/staffing",                             null,        200,   403, 403,  401, 401, 403),
        new("GET",    "/api/solves/987654/staffing",                            null,        404,   403, 403,  401, 401, 403),
        new("GET",    "/api/solves/{run}/staffing/987654",                      null,        404,   403, 403,  401, 401, 403),
        new("DELETE", "/api/solves/{run}/staffing/987654",                      null,        404,   403, 403,  401, 401, 403),
        new("POST",   "/api/solves/{run}/staffing/987654/adopt",                StaffingAdopt, 404, 403, 403,  401, 401, 403),
        new("GET",    "/api/solves/{run}/diff",                                 null,        404,   404, 404,  401, 401, 404),
        new("GET",    "/hangfire",                                              null,        200,   403, 403,  401, 401, 403),
        // The province's own routes: only a province token (a county's office is refused, whichever county).
        new("GET",    "/api/province/counties",                                 null,        403,   403, 403,  401, 401, 200),
        new("POST",   "/api/province/counties",                                 """{"code": "339999", "name": "矩阵县"}""", 403, 403, 403, 401, 401, 201),
        // The province's targets and its comparison of the counties (no targets are ever set for 2040).
        new("PUT",    "/api/province/years/{year}/targets",                     """{"jointRate": 0.5, "checksCut": 0.1}""", 403, 403, 403, 401, 401, 200),
        new("GET",    "/api/province/years/2040/targets",                       null,        403,   403, 403,  401, 401, 404),
        new("GET",    "/api/province/years/{year}/figures",                     null,        403,   403, 403,  401, 401, 200),
        new("GET",    "/api/province/years/{year}/figures?format=xlsx",         null,        403,   403, 403,  401, 401, 200),
        // Province runs (the row's run is cancelled at once; run 999999 does not exist).
        new("POST",   "/api/province/years/{year}/runs",                        null,        403,   403, 403,  401, 401, 202),
        new("GET",    "/api/province/years/{year}/runs",                        null,        403,   403, 403,  401, 401, 200),
        new("GET",    "/api/province/runs/999999",                              null,        403,   403, 403,  401, 401, 404),
        new("DELETE", "/api/province/runs/999999",                              null,        403,   403, 403,  401, 401, 404),
        new("POST",   "/api/province/runs/999999/rerun-failed",                 null,        403,   403, 403,  401, 401, 404),
        new("GET",    "/health",                                                null,        200,   200, 200,  200, 200, 200),
        new("GET",    "/health/live",                                           null,        200,   200, 200,  200, 200, 200),
        new("GET",    "/health/ready",                                          null,        200,   200, 200,  200, 200, 200),
        new("GET",    "/openapi/v1.json",                                       null,        200,   200, 200,  200, 200, 200),
    ];

    public static TheoryData<string, Caller, int> Cases()
    {
        var data = new TheoryData<string, Caller, int>();
        foreach (var row in Table)
        {
            foreach (var caller in Enum.GetValues<Caller>()) data.Add(row.Name, caller, row.Expected(caller));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_AnswersTheTablesStatus_ForEveryCaller(string endpoint, Caller caller, int expected)
    {
        var row = Table.Single(r => r.Name == endpoint);
        using var client = year.Client(caller);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), Resolve(row.Path)) { Content = Body(row.Body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == expected, $"{endpoint} as {caller}: expected {expected}, got {(int)response.StatusCode} {text}");
        if (expected >= 400 && row.Path.StartsWith("/api", StringComparison.Ordinal))
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (row.Method == "POST" && response.StatusCode == HttpStatusCode.Accepted)
        {
            // Leave no solve running behind the table: cancel the run this row started (a province run by the province).
            var province = row.Path.StartsWith("/api/province", StringComparison.Ordinal);
            using var canceller = year.Client(province ? Caller.Province : Caller.Office);
            using var cancelled = await canceller.DeleteAsync(response.Headers.Location);
            Assert.Equal(province ? HttpStatusCode.OK : HttpStatusCode.Accepted, cancelled.StatusCode);
        }
    }

    [Fact]
    public void Table_CoversEveryMappedApiRoute()
    {
        var routes = year.Api.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => (Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? [],
                Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/')))
            .Where(e => e.Pattern.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => $"{m} {Normalize(e.Pattern)}"))
            .ToHashSet();
        var covered = Table.Select(r => $"{r.Method} {Normalize(Resolve(r.Path).Split('?')[0])}").ToHashSet();

        Assert.NotEmpty(routes);
        Assert.Empty(routes.Except(covered));
    }

    /// <summary>Route parameters and concrete ids alike become {}: /api/solves/{id}/months/{month} and /api/solves/7/months/3 match.</summary>
    private static string Normalize(string path) =>
        string.Join('/', path.Split('/').Select(s => s.StartsWith('{') || (s.Length > 0 && s.All(char.IsDigit)) ? "{}" : s));

    private string Resolve(string path) => path
        .Replace("{year}", Tiny.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{run}", year.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{draw}", year.DrawId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{own}", SolvedYear.Own).Replace("{other}", SolvedYear.Other);

    internal static StringContent? Body(string? body) => body switch
    {
        null => null,
        OwnNeeds => new StringContent(Tiny.Needs(SolvedYear.Own).ToJsonString(), Encoding.UTF8, "application/json"),
        OtherNeeds => new StringContent(Tiny.Needs(SolvedYear.Other).ToJsonString(), Encoding.UTF8, "application/json"),
        Register => new StringContent(Tiny.Register(), Encoding.UTF8, "application/json"),
        OwnRules => new StringContent(Draws.TinyRules.Scjg, Encoding.UTF8, "application/json"),
        OtherRules => new StringContent(Draws.TinyRules.Yjgl, Encoding.UTF8, "application/json"),
        _ => new StringContent(body, Encoding.UTF8, "application/json"),
    };

    internal sealed record Row(string Method, string Path, string? Body, int Office, int Own, int Other, int None, int Unknown, int Province)
    {
        public string Name => $"{Method} {Path}" + (Body is OwnNeeds or OtherNeeds or OwnRules or OtherRules ? " " + Body : "");

        public int Expected(Caller caller) => caller switch
        {
            Caller.Office => Office,
            Caller.Own => Own,
            Caller.Other => Other,
            Caller.None => None,
            Caller.Province => Province,
            _ => Unknown,
        };
    }
}

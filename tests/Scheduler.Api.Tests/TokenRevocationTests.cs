using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Tests;

/// <summary>
/// GET and DELETE /api/tokens: the list never shows a token or its hash; a revoked token's bearer requests get 401 and
/// its browser session ends at the next page; the office's last token is never revoked. The seeded office token stays
/// active throughout (the other tests of this factory use it).
/// </summary>
public sealed partial class TokenRevocationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task List_ShowsEveryTokenWithoutItsTextOrHash_WhenTheOfficeAsks()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var office = api.Client(ApiFactory.OfficeToken);

        var text = await office.GetStringAsync("/api/tokens");

        var rows = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        var scjg = rows.Last(r => r.GetProperty("department").GetString() == "SCJG");
        Assert.Equal("department", scjg.GetProperty("role").GetString());
        Assert.Equal("office#1", scjg.GetProperty("createdBy").GetString());
        Assert.Equal(JsonValueKind.Null, scjg.GetProperty("revokedAt").ValueKind);
        Assert.Contains(rows, r => r.GetProperty("role").GetString() == "office" && r.GetProperty("createdBy").GetString() == "configuration");
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Revoke_MakesTheBearerAnswer401AndIsAudited_WhenTheOfficeRevokesADepartmentToken()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var department = api.Client(token);
        using (var before = await department.GetAsync($"/api/years/{Tiny.Year}/register"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var id = await NewestIdAsync("SCJG");
        using var office = api.Client(ApiFactory.OfficeToken);

        using var revoked = await office.DeleteAsync($"/api/tokens/{id}");

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var body = await revoked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("office#1", body.GetProperty("revokedBy").GetString());
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("revokedAt").ValueKind);
        using (var after = await department.GetAsync($"/api/years/{Tiny.Year}/register"))
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var audit = await api.Services.GetRequiredService<AuditStore>().LatestAsync(20);
        Assert.Contains(audit, a => a.What == "token revoked" && a.Who == "office#1" && a.DetailJson!.Contains($"\"id\": {id}", StringComparison.Ordinal));

        // Revoking again changes nothing: still revoked by the first revocation, no second audit row.
        using var again = await office.DeleteAsync($"/api/tokens/{id}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(body.GetProperty("revokedAt").GetString(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revokedAt").GetString());
        var auditAfter = await api.Services.GetRequiredService<AuditStore>().LatestAsync(50);
        Assert.Single(auditAfter, a => a.What == "token revoked" && a.DetailJson!.Contains($"\"id\": {id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Revoke_Answers404_WhenNoTokenHasTheId()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.DeleteAsync("/api/tokens/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Revoke_Answers409NamingTheId_WhenItIsTheOfficesLastActiveToken()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using (var issued = await office.PostAsync("/api/tokens", Scenario.Json("""{"role": "office"}""")))
            Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var offices = (await ListAsync()).Where(r => r.GetProperty("role").GetString() == "office" && r.GetProperty("revokedAt").ValueKind == JsonValueKind.Null)
            .Select(r => r.GetProperty("id").GetInt64()).Order().ToList();
        Assert.True(offices.Count >= 2, string.Join(",", offices));

        // Every office token but the seeded one (id 1, the tests' own) may go; then the seeded one is the last.
        foreach (var other in offices.Where(o => o != 1))
        {
            using var revoked = await office.DeleteAsync($"/api/tokens/{other}");
            Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        }
        using var last = await office.DeleteAsync("/api/tokens/1");

        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Contains("last active token", Assert.Single((await Scenario.ErrorsAsync(last))["id"]), StringComparison.Ordinal);
        using var still = await office.GetAsync("/api/tokens");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Session_RedirectsToSignIn_WhenItsTokenIsRevokedAfterSigningIn()
    {
        var token = await Scenario.IssueTokenAsync(api, "YJGL");
        var id = await NewestIdAsync("YJGL");
        using var browser = api.Client(null);
        await SignInAsync(browser, token);
        using (var before = await browser.GetAsync("/departments/YJGL/needs"))
            Assert.Equal("/departments/YJGL/needs", before.RequestMessage!.RequestUri!.AbsolutePath);

        using var office = api.Client(ApiFactory.OfficeToken);
        using (var revoked = await office.DeleteAsync($"/api/tokens/{id}"))
            Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        using var page = await browser.GetAsync("/departments/YJGL/needs");
        Assert.Equal("/signin", page.RequestMessage!.RequestUri!.AbsolutePath);
        using var apiCall = await browser.GetAsync($"/api/years/{Tiny.Year}/register");
        Assert.Equal(HttpStatusCode.Unauthorized, apiCall.StatusCode);
    }

    [Fact]
    public async Task SignIn_RefusesTheToken_WhenItIsRevoked()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        var id = await NewestIdAsync("SCJG");
        using var office = api.Client(ApiFactory.OfficeToken);
        using (var revoked = await office.DeleteAsync($"/api/tokens/{id}"))
            Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        using var browser = api.Client(null);
        using var response = await PostSignInAsync(browser, token);

        Assert.Equal("/signin", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("id=\"token-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenSessions_SeesARevocationByAnotherServer_OnlyOnceItsSnapshotIsOlderThanMaxAge()
    {
        await Scenario.IssueTokenAsync(api, "SCJG");
        var id = await NewestIdAsync("SCJG");
        var store = api.Services.GetRequiredService<TokenStore>();
        var clock = new ManualClock();
        var sessions = new TokenSessions(store, clock);
        Assert.True(await sessions.IsActiveAsync(id, CancellationToken.None));

        // Revoked straight in the store, as another server would: this server's snapshot still says active ...
        Assert.Equal(RevokeOutcome.Revoked, (await store.RevokeAsync(id, "test")).Outcome);
        clock.Advance(TokenSessions.MaxAge / 2);
        Assert.True(await sessions.IsActiveAsync(id, CancellationToken.None));
        // ... until the snapshot is older than MaxAge; an id nobody issued is never active.
        clock.Advance(TokenSessions.MaxAge);
        Assert.False(await sessions.IsActiveAsync(id, CancellationToken.None));
        Assert.False(await sessions.IsActiveAsync(987654, CancellationToken.None));
    }

    private async Task<List<JsonElement>> ListAsync()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        return [.. JsonDocument.Parse(await office.GetStringAsync("/api/tokens")).RootElement.EnumerateArray()];
    }

    private async Task<long> NewestIdAsync(string department) =>
        (await ListAsync()).Where(r => r.GetProperty("department").GetString() == department).Max(r => r.GetProperty("id").GetInt64());

    /// <summary>Like a browser: GET the form, POST it back with its antiforgery token; the client keeps the cookies.</summary>
    private static async Task SignInAsync(HttpClient browser, string token)
    {
        using var response = await PostSignInAsync(browser, token);
        Assert.True(response.IsSuccessStatusCode, $"sign-in answered {(int)response.StatusCode}");
        Assert.NotEqual("/signin", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string token)
    {
        var form = await browser.GetStringAsync("/signin");
        var antiforgery = AntiforgeryField().Match(form);
        Assert.True(antiforgery.Success, "no __RequestVerificationToken in the sign-in form");
        return await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value),
            ["Token"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Scheduler.Api.Register;

namespace Scheduler.Api.Tests.Tokens;

/// <summary>/office/tokens through the factory: issuing a token on the page shows it once and it works; revoking it through the confirmation step ends it.</summary>
public sealed partial class TokenPageTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private PageClient Office()
    {
        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiFactory.OfficeToken);
        return new PageClient(client);
    }

    [Fact]
    public async Task IssueThenRevoke_ShowsTheTokenOnceAndEndsIt_WhenTheOfficeUsesThePage()
    {
        await Scenario.RegisterTinyAsync(api);
        using var office = Office();
        var (status, page) = await office.GetAsync("/office/tokens");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"tokens-table\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"SCJG\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"office\"", page, StringComparison.Ordinal);

        var (issuedStatus, issued, _) = await office.PostFormAsync("/office/tokens", "issue", [new("IssueFor", "SCJG")]);
        Assert.Equal(HttpStatusCode.OK, issuedStatus);
        var token = NewToken().Match(issued);
        Assert.True(token.Success, issued);
        Assert.Contains("只显示一次", issued, StringComparison.Ordinal);
        var id = Rows().Matches(issued).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Max();
        Assert.Contains($"data-token-id=\"{id}\" data-state=\"active\"", issued, StringComparison.Ordinal);
        using var department = api.Client(token.Groups[1].Value);
        using (var works = await department.GetAsync($"/api/years/{Tiny.Year}/register"))
            Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        // Shown once: the next visit of the page does not show it.
        Assert.DoesNotContain(token.Groups[1].Value, (await office.GetAsync("/office/tokens")).Html, StringComparison.Ordinal);

        var (_, confirm) = await office.GetAsync($"/office/tokens?revoke={id}");
        Assert.Contains("id=\"confirm-revoke\"", confirm, StringComparison.Ordinal);
        var (revokedStatus, revoked, final) = await office.PostFormAsync($"/office/tokens?revoke={id}", "revoke", [new("RevokeId", id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.OK, revokedStatus);
        Assert.Equal($"?revoked={id}", final!.Query);
        Assert.Contains("id=\"revoke-done\"", revoked, StringComparison.Ordinal);
        Assert.Contains($"data-token-id=\"{id}\" data-state=\"revoked\"", revoked, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"revoke-{id}\"", revoked, StringComparison.Ordinal);
        using var refused = await department.GetAsync($"/api/years/{Tiny.Year}/register");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("", "请选择")]
    [InlineData("NOPE", "NOPE")]
    public async Task Issue_ShowsTheErrorNextToTheSelectAndIssuesNothing_WhenTheChoiceIsBad(string choice, string says)
    {
        await Scenario.RegisterTinyAsync(api);
        using var office = Office();
        var before = Rows().Matches((await office.GetAsync("/office/tokens")).Html).Count;

        var (status, html, _) = await office.PostFormAsync("/office/tokens", "issue", [new("IssueFor", choice)]);

        Assert.Equal(HttpStatusCode.OK, status);
        var error = ErrorText().Match(html);
        Assert.True(error.Success, html);
        Assert.Contains(says, error.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"issue-help issue-department-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"new-token\"", html, StringComparison.Ordinal);
        Assert.Equal(before, Rows().Matches(html).Count);
    }

    [Fact]
    public async Task Revoke_IsRefusedOnThePage_WhenItIsTheOfficesLastToken()
    {
        using var office = Office();
        var (_, confirm) = await office.GetAsync("/office/tokens?revoke=1");
        Assert.Contains("id=\"revoke-error\"", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"confirm-revoke\"", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"revoke-1\"", confirm, StringComparison.Ordinal);

        // Posted anyway (an old tab): refused next to the confirmation, the token stays active.
        var (status, html, _) = await office.PostFormAsync("/office/tokens", "revoke", [new("RevokeId", "1")]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"revoke-error\"", html, StringComparison.Ordinal);
        Assert.Contains("data-token-id=\"1\" data-state=\"active\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokensPage_IsRefused_WhenADepartmentAsks()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(token);
        using var response = await client.GetAsync("/office/tokens");
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.RequestMessage!.RequestUri!.AbsolutePath == "/denied",
            $"{(int)response.StatusCode} at {response.RequestMessage!.RequestUri}");
        Assert.DoesNotContain("tokens-table", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"new-token\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex NewToken();

    [GeneratedRegex("data-token-id=\"(\\d+)\"")]
    private static partial Regex Rows();

    [GeneratedRegex("id=\"issue-department-error\"[^>]*>([^<]+)<")]
    private static partial Regex ErrorText();
}

using System.Net;
using System.Text.RegularExpressions;

namespace Scheduler.Api.Tests;

/// <summary>The Hangfire dashboard in a browser: signing in at /signin sets the session cookie, which lets the office in, nobody else.</summary>
public sealed partial class DashboardSignInTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Dashboard_Answers200_WhenTheOfficeSignedInThroughThePage()
    {
        using var browser = api.Client(null);
        await SignInAsync(browser, ApiFactory.OfficeToken);
        using var response = await browser.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dashboard_Answers403_WhenADepartmentSignedInThroughThePage()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var browser = api.Client(null);
        await SignInAsync(browser, token);
        using var response = await browser.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_Answers401_WhenTheBrowserHasNotSignedIn()
    {
        using var browser = api.Client(null);
        using var response = await browser.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Like a browser: GET the form, POST it back with its antiforgery token; the client keeps the cookies.</summary>
    private static async Task SignInAsync(HttpClient browser, string token)
    {
        var form = await browser.GetStringAsync("/signin");
        var antiforgery = AntiforgeryField().Match(form);
        Assert.True(antiforgery.Success, "no __RequestVerificationToken in the sign-in form");
        using var response = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value),
            ["Token"] = token,
        }));
        Assert.True(response.IsSuccessStatusCode, $"sign-in answered {(int)response.StatusCode}");
        Assert.NotEqual("/signin", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

using System.Net;
using System.Text.RegularExpressions;

namespace Scheduler.Api.Tests.Plans;

/// <summary>The office enterprise page explains, when asked, why the plan put the enterprise's needs where it did.</summary>
public sealed class EnterpriseReasonsPageTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    [Fact]
    public async Task EnterprisePage_ExplainsInRuleTerms_WhenAsked()
    {
        var plan = await year.GetJsonAsync(Caller.Office, $"/api/solves/{year.RunId}/plan");
        var enterprises = plan.GetProperty("visits").EnumerateArray().Select(v => v.GetProperty("enterprise").GetString()!).Distinct().ToList();
        using var client = year.Client(Caller.Office);

        var plain = await client.GetStringAsync($"/office/enterprises/{enterprises[0]}?run={year.RunId}");
        Assert.Contains("id=\"explain-link\"", plain);
        Assert.DoesNotContain("id=\"reasons-floor\"", plain);

        foreach (var enterprise in enterprises)
        {
            using var response = await client.GetAsync($"/office/enterprises/{enterprise}?run={year.RunId}&explain=1");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var visits = plan.GetProperty("visits").EnumerateArray().Count(v => v.GetProperty("enterprise").GetString() == enterprise);
            Assert.Contains($"该企业共 {visits} 次检查", html);
            // Each reason names its rule in brackets; an enterprise in the fewest visits says so.
            // Tiny's plan joins every enterprise's needs into the fewest visits; a reason would name its rule in brackets.
            Assert.True(html.Contains("id=\"reasons-none\"", StringComparison.Ordinal)
                || Regex.IsMatch(html, @"data-kind=""\w+"">[^<]*\[(frequency|windows|gap|tierCap|minutes|departments|standalone|capacity|past|staff|notFound)\]"), enterprise);
        }
    }
}

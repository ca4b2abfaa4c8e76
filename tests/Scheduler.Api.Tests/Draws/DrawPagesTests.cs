using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Tests.Draws;

/// <summary>
/// The rules page and the office's draw page through the factory: a department submits on the page, the office may
/// preview but not submit a department's rules, and a draw the office cannot make stores nothing and says why.
/// </summary>
public sealed class DrawPagesTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    private PageClient Page(string token)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return new PageClient(client);
    }

    private static string RulesPage => $"/departments/SCJG/rules?year={Tiny.Year}";

    [Fact]
    public async Task Department_SubmitsItsRulesOnThePage_AndTheOfficeCannot()
    {
        using var office = Page(ApiFactory.OfficeToken);
        var (refusedStatus, refused, _) = await office.PostFormAsync(RulesPage, "rules",
            [new("year", Tiny.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("rules", TinyRules.Scjg), new("action", "submit")]);
        Assert.Equal(HttpStatusCode.OK, refusedStatus);
        Assert.Contains("id=\"rules-read-errors\"", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"rules-saved\"", refused, StringComparison.Ordinal);
        Assert.Null(await api.Services.GetRequiredService<RuleStore>().GetAsync(Tiny.Year, "SCJG", null));

        using var scjg = Page(await Scenario.IssueTokenAsync(api, "SCJG"));
        var (status, saved, _) = await scjg.PostFormAsync(RulesPage, "rules",
            [new("year", Tiny.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("rules", TinyRules.Scjg), new("action", "submit")]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"rules-saved\"", saved, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"SCJG-R02\"", saved, StringComparison.Ordinal);
        Assert.Equal(1, (await api.Services.GetRequiredService<RuleStore>().GetAsync(Tiny.Year, "SCJG", null))!.Version);
    }

    [Fact]
    public async Task Office_SeesWhyADrawCannotBeMade_AndNothingIsStored()
    {
        using var office = Page(ApiFactory.OfficeToken);
        var year = Tiny.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (_, badSeed, _) = await office.PostFormAsync($"/office/draws?year={year}", "draw-start", [new("year", year), new("seed", "abc"), new("mode", "coordinated"), new("reason", "")]);
        var (_, noPrevious, _) = await office.PostFormAsync($"/office/draws?year={year}", "draw-start", [new("year", year), new("seed", ""), new("mode", "spread"), new("reason", "")]);

        Assert.Contains("id=\"draw-errors\"", badSeed, StringComparison.Ordinal);
        Assert.Contains("abc", badSeed, StringComparison.Ordinal);
        Assert.Contains("id=\"draw-errors\"", noPrevious, StringComparison.Ordinal);
        Assert.Contains($"{Tiny.Year - 1} has none", noPrevious, StringComparison.Ordinal);   // spread needs last year's published draw
        Assert.Empty(await api.Services.GetRequiredService<DrawStore>().ListAsync(Tiny.Year));
    }
}

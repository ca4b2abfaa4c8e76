using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Solver.Monthly;
using Scheduler.Tests.Shared;

namespace Scheduler.Api.Tests.Plans;

/// <summary>
/// The office's plan pages through the service: a run of tiny.json is stored directly (samples/tiny.plan.json, monthly
/// plans of January and March from the monthly planner), then the pages are fetched as the office and as a department.
/// </summary>
public sealed partial class OfficePlanPagesTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private long runId;
    private string v01Code = "";

    public async Task InitializeAsync()
    {
        await Scenario.RegisterTinyAsync(api);
        var root = ValidatorScript.RepoRoot ?? throw new InvalidOperationException("no Scheduler.sln above the tests");
        var instanceJson = await File.ReadAllTextAsync(Path.Combine(root, "samples", "tiny.json"));
        var planJson = await File.ReadAllTextAsync(Path.Combine(root, "samples", "tiny.plan.json"));
        var instance = ContractJson.ReadInstance(instanceJson).Value!;
        var plan = ContractJson.ReadAnnualPlan(planJson).Value!;
        v01Code = Scheduler.Domain.Plans.VisitCodes.For(instance, plan)["V01"];
        var options = new MonthlyPlannerOptions { TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 };
        var months = new JsonArray();
        for (var m = 1; m <= 12; m++)
        {
            months.Add(m is 1 or 3 ? JsonNode.Parse(ContractJson.Write(new MonthlyPlanner().Plan(instance, plan, m, options).Plan)) : null);
        }

        var runs = api.Services.GetRequiredService<SolveRunStore>();
        runId = await runs.CreateAsync(Tiny.Year, instanceJson, "test");
        await runs.StartAsync(runId);
        Assert.True(await runs.CompleteAsync(runId, SolveStates.Succeeded, "{}", planJson, months.ToJsonString(), null));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Overview_ShowsTheFiguresHeatMapAndLoad_WhenTheOfficeOpensIt()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync($"/office?run={runId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var id in new[] { "overview-figures", "figure-visits", "figure-saved", "figure-gap", "figure-joint-rate", "heatmap", "load-chart" })
        {
            Assert.Contains($"id=\"{id}\"", html);
        }
        // tiny.plan.json has 23 visits, the lower bound: the gap is 0.
        Assert.Matches(FigureValue("figure-visits", "23"), html);
        Assert.Matches(FigureValue("figure-gap", "0.0%"), html);
        Assert.Contains("丹东街道", html);
        Assert.Contains("市场监管", html);
    }

    [Fact]
    public async Task Overview_ShowsTheNewestPlanOfTheYear_WhenNoRunIsGiven()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var html = await office.GetStringAsync($"/office?year={Tiny.Year}");

        Assert.Contains("id=\"figure-visits\"", html);
        Assert.Contains($"data-run=\"{runId}\"", html);
    }

    [Fact]
    public async Task Overview_SaysThereIsNoPlanAndLinksToSolves_WhenTheYearHasNone()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync("/office?year=2031");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"no-plan\"", html);
        Assert.Contains("href=\"/office/solves\"", html);
        Assert.DoesNotContain("id=\"heatmap\"", html);
    }

    [Fact]
    public async Task EnterpriseSearch_LinksToTheEnterprise_WhenItsNameMatches()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var html = await office.GetStringAsync("/office/enterprises?q=" + Uri.EscapeDataString("海丰"));

        Assert.Contains("id=\"enterprise-search\"", html);
        Assert.Contains("href=\"/office/enterprises/E1?year=2026\"", html);
        Assert.DoesNotContain("/office/enterprises/E2?", html);
    }

    [Fact]
    public async Task EnterprisePage_ListsItsVisitsWithDepartmentsAndItems_WhenTheOfficeOpensIt()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync($"/office/enterprises/E1?run={runId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("象山丹东海丰酒家", html);
        Assert.Contains("id=\"enterprise-visits\"", html);
        Assert.Contains("data-visit=\"V01\"", html);       // the joint March visit of SCJG and YJGL
        Assert.Contains("食品经营许可与进货查验检查", html);
        Assert.Contains("应急管理", html);
    }

    [Fact]
    public async Task EnterprisePage_NamesTheUnknownId_WhenTheEnterpriseIsUnknown()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync($"/office/enterprises/NOPE?run={runId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"enterprise-unknown\"", html);
        Assert.Contains("NOPE", html);
    }

    [Fact]
    public async Task Calendar_ShowsTheTeamDaysOfTheMonth_WhenTheOfficeOpensIt()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync($"/office/calendar?run={runId}&month=3");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"month-calendar\"", html);
        Assert.Contains("id=\"route-", html);               // March has team-days, each with its route
        Assert.Contains("象山丹东海丰酒家", html);           // V01 in a route or listed unscheduled
        Assert.Contains("data-date=\"2026-03-31\"", html);
    }

    [Fact]
    public async Task Calendar_OpensOnTheFirstPlannedMonth_WhenNoMonthIsGiven()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var html = await office.GetStringAsync($"/office/calendar?run={runId}");

        Assert.Contains("data-date=\"2026-01-31\"", html);
        Assert.DoesNotContain("id=\"month-error\"", html);
    }

    [Fact]
    public async Task Calendar_NamesTheBadMonthNextToThePicker_WhenTheMonthIsOutOfRange()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync($"/office/calendar?run={runId}&month=13");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"month-error\"", html);
        Assert.Contains("13", html);
        Assert.Contains("id=\"month-calendar\"", html);
    }

    [Theory]
    [InlineData("/office/enterprises/E1?run={0}")]
    [InlineData("/office/calendar?run={0}&month=3")]
    [InlineData("/departments/SCJG/visits?year=2026&month=3")]
    public async Task Page_ShowsTheVisitCodeNextToTheVisitId_WhenTheVisitIsListed(string path)
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var html = await office.GetStringAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, runId));

        Assert.Matches("^[0-9]{17}[0-9X]$", v01Code);
        Assert.Contains("V01", html);
        Assert.Contains(v01Code, html);
        Assert.Contains("visit-code", html);
    }

    [Theory]
    [InlineData("/office")]
    [InlineData("/office/enterprises")]
    [InlineData("/office/enterprises/E1")]
    [InlineData("/office/calendar?month=1")]
    public async Task Page_Answers403_WhenADepartmentSendsItsBearerToken(string path)
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(token);
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Overview_RedirectsToDenied_WhenADepartmentIsSignedInByCookie()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/signin");
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        using var signIn = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = antiforgery,
            ["Token"] = token,
        }));
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, await signIn.Content.ReadAsStringAsync());

        using var response = await client.GetAsync("/office/calendar?month=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery);
    }

    private static Regex FigureValue(string id, string value) =>
        new($"id=\"{id}\"[^>]*>\\s*<div class=\"value\"[^>]*>{Regex.Escape(value)}</div>");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

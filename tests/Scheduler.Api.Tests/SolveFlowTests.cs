using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Scheduler.Tests.Shared;

namespace Scheduler.Api.Tests;

/// <summary>The whole flow through the API: register, every department submits, solve, poll, fetch, check independently.</summary>
public sealed class SolveFlowTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [SkippableFact]
    public async Task Solve_StoresAPlanTheCheckerAccepts_WhenEveryDepartmentSubmitted()
    {
        await Scenario.RegisterTinyAsync(api);
        foreach (var department in Tiny.Departments())
        {
            var token = await Scenario.IssueTokenAsync(api, department);
            using var submitted = await Scenario.SubmitAsync(api, token, Tiny.Needs(department));
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        }

        using var office = api.Client(ApiFactory.OfficeToken);
        var instance = await office.GetStringAsync($"/api/years/{Tiny.Year}/instance");
        Assert.Equal(Tiny.NeedCount, JsonDocument.Parse(instance).RootElement.GetProperty("needs").GetArrayLength());

        using var started = await office.PostAsync($"/api/years/{Tiny.Year}/solves", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var run = await PollAsync(office, location);
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        Assert.Equal(0, run.GetProperty("figures").GetProperty("unassigned").GetInt32());
        Assert.Equal(12, run.GetProperty("months").GetArrayLength());

        var plan = await office.GetStringAsync($"{location}/plan");
        var months = new List<string>();
        for (var m = 1; m <= 12; m++) months.Add(await office.GetStringAsync($"{location}/months/{m}"));

        await AssertWorkbooksAsync(office, location, plan, months[0]);

        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        var (code, report) = ValidatorScript.RunTexts(instance, plan, [.. months]);
        Assert.True(code == 0, report.ToString());
        Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
    }

    [Fact]
    public async Task GetPlan_Answers400WithThePath_WhenTheFormatIsUnknown()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync("/api/solves/1/plan?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("format", (await Scenario.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Solve_Answers404_WhenTheYearHasNoRegister()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.PostAsync("/api/years/2031/solves", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetSolve_Answers404_WhenTheRunIsUnknown()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync("/api/solves/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>
    /// The plan as xlsx (asked by Accept) has a row per visit; month 1 as xlsx (asked by ?format=) a row per visit of the
    /// month, scheduled or not, over its township sheets. Both open with MiniExcel.
    /// </summary>
    private static async Task AssertWorkbooksAsync(HttpClient office, string location, string planJson, string monthJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{location}/plan");
        request.Headers.Accept.ParseAdd(Xlsx);
        using var annual = await office.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, annual.StatusCode);
        Assert.Equal(Xlsx, annual.Content.Headers.ContentType?.MediaType);
        using (var stream = new MemoryStream(await annual.Content.ReadAsByteArrayAsync()))
        {
            var plan = JsonDocument.Parse(planJson).RootElement;
            var sheet = stream.GetSheetNames()[0];
            Assert.Equal(plan.GetProperty("visits").GetArrayLength(), stream.Query(useHeaderRow: true, sheetName: sheet).Count());
        }

        using var month = await office.GetAsync($"{location}/months/1?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, month.StatusCode);
        Assert.Equal(Xlsx, month.Content.Headers.ContentType?.MediaType);
        using (var stream = new MemoryStream(await month.Content.ReadAsByteArrayAsync()))
        {
            var plan = JsonDocument.Parse(monthJson).RootElement;
            var expected = plan.GetProperty("teamDays").EnumerateArray().Sum(t => t.GetProperty("visits").GetArrayLength())
                           + plan.GetProperty("unscheduled").GetArrayLength();
            var rows = stream.GetSheetNames().Sum(name => stream.Query(useHeaderRow: true, sheetName: name).Count());
            Assert.Equal(expected, rows);
        }
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Polls the run until it is final; a deadline, not a timing assertion, so a hung job fails instead of hanging.</summary>
    private static async Task<JsonElement> PollAsync(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>(location);
            var state = run.GetProperty("state").GetString();
            if (state is "succeeded" or "failed" or "cancelled") return run;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"run still {state} after 2 minutes: {run}");
            await Task.Delay(200);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        var (code, report) = ValidatorScript.RunTexts(instance, plan, [.. months]);
        Assert.True(code == 0, report.ToString());
        Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
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

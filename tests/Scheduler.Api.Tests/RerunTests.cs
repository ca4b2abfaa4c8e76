using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Tests;

/// <summary>Runs store their seed and work; a re-run with them reproduces the stored plan and months byte for byte.</summary>
public sealed class RerunTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    [Fact]
    public async Task Rerun_StoresByteIdenticalPlanAndMonths_WhenRunWithTheSameSnapshotSeedAndWork()
    {
        using var office = year.Client(Caller.Office);
        using var started = await office.PostAsync($"/api/years/{Tiny.Year}/solves?seed=7&work=4", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var first = await Scenario.PollAsync(office, started.Headers.Location!.ToString());
        Assert.True(first.GetProperty("state").GetString() == "succeeded", first.ToString());
        Assert.Equal(7, first.GetProperty("seed").GetInt32());
        Assert.Equal(4, first.GetProperty("work").GetDouble());
        Assert.Equal("fit", first.GetProperty("staff").GetString());
        var firstId = first.GetProperty("id").GetInt64();

        using var rerun = await office.PostAsync($"/api/solves/{firstId}/rerun", null);
        Assert.Equal(HttpStatusCode.Accepted, rerun.StatusCode);
        var second = await Scenario.PollAsync(office, rerun.Headers.Location!.ToString());
        Assert.True(second.GetProperty("state").GetString() == "succeeded", second.ToString());
        var secondId = second.GetProperty("id").GetInt64();
        Assert.NotEqual(firstId, secondId);
        Assert.Equal(7, second.GetProperty("seed").GetInt32());
        Assert.Equal(4, second.GetProperty("work").GetDouble());

        foreach (var run in new[] { first, second })
            Assert.False(run.GetProperty("figures").GetProperty("cutByTimeLimit").GetBoolean(), $"a time limit cut the run: {run}");
        var runs = year.Api.Services.GetRequiredService<SolveRunStore>();
        var plan = await runs.GetPlanAsync(firstId);
        Assert.False(string.IsNullOrEmpty(plan));
        Assert.Equal(plan, await runs.GetPlanAsync(secondId));
        for (var m = 1; m <= 12; m++)
        {
            var month = await runs.GetMonthAsync(firstId, m);
            Assert.False(string.IsNullOrEmpty(month));
            Assert.Equal(month, await runs.GetMonthAsync(secondId, m));
        }
    }

    [Fact]
    public async Task GetSolve_ShowsTheDefaultSeedWorkAndTheYearsFigures_WhenStartedWithoutParameters()
    {
        var run = await year.GetJsonAsync(Caller.Office, $"/api/solves/{year.RunId.ToString(CultureInfo.InvariantCulture)}");
        Assert.Equal(1, run.GetProperty("seed").GetInt32());
        Assert.Equal(20, run.GetProperty("work").GetDouble());
        var figures = run.GetProperty("figures");
        Assert.Equal(JsonValueKind.Number, figures.GetProperty("unscheduled").ValueKind);
        Assert.True(figures.GetProperty("officerDays").GetInt32() > 0, figures.ToString());
        Assert.Equal(JsonValueKind.String, figures.GetProperty("busiestOfficer").ValueKind);
        Assert.Equal(JsonValueKind.Number, figures.GetProperty("staffingPriceBound").ValueKind);
        Assert.Equal(JsonValueKind.Number, figures.GetProperty("unconstrainedVisits").ValueKind);
        // Each department's part on the joint weekdays, with the checks taken out of the unconstrained plan's joint visits.
        var departments = figures.GetProperty("departments").EnumerateArray().ToList();
        Assert.NotEmpty(departments);
        Assert.All(departments, d =>
        {
            Assert.False(string.IsNullOrEmpty(d.GetProperty("department").GetString()), d.ToString());
            Assert.InRange(d.GetProperty("jointTeamDays").GetDouble(), 0, d.GetProperty("jointTeamDaysPossible").GetInt32());
            Assert.Equal(JsonValueKind.Number, d.GetProperty("takenOut").ValueKind);
        });
        Assert.Contains(departments, d => d.GetProperty("jointTeamDays").GetDouble() > 0);
    }

    [Fact]
    public async Task Pages_ShowTheYearsFiguresAndTheSeed_WhenTheRunHasAPlan()
    {
        using var office = year.Client(Caller.Office);
        var id = year.RunId.ToString(CultureInfo.InvariantCulture);
        var overview = await office.GetStringAsync($"/office?run={id}");
        Assert.Contains("id=\"year-figures\"", overview);
        Assert.Contains("未排入", overview);
        Assert.Contains("最忙执法人员", overview);
        Assert.Contains("id=\"department-staffing\"", overview);
        Assert.Contains("人员约束代价从何而来", overview);
        Assert.Contains("拆出最多的镇乡", overview);
        var solve = await office.GetStringAsync($"/office/solves/{id}");
        Assert.Contains("data-seed=\"1\" data-work=\"20\"", solve);
    }

    [Fact]
    public async Task Rerun_Answers404_WhenTheRunIsUnknown()
    {
        using var office = year.Client(Caller.Office);
        using var response = await office.PostAsync("/api/solves/987654/rerun", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

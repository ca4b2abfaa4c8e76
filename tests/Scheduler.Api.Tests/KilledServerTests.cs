using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Scheduler.Data.Stores;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Generator;

namespace Scheduler.Api.Tests;

/// <summary>
/// A server SIGKILLed mid-solve: the service runs as real child processes on one database (the factory's, never started
/// in-process); the run must be finished by a second server and stored exactly once. Deadlines, not timing assertions:
/// a stuck run fails with the servers' output instead of hanging.
/// </summary>
[Collection(KilledServerTests.Alone)]
public sealed class KilledServerTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>Its own collection, run after the others: two service processes and a 3,000-enterprise solve compete for few cores.</summary>
    public const string Alone = "killed server, alone";

    private const string OfficeToken = "office-kill-test-token";
    private static readonly TimeSpan Overall = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Solve_IsFinishedByAnotherServerAndStoredOnce_WhenItsServerIsKilledMidSolve()
    {
        var deadline = DateTime.UtcNow + Overall;
        var county = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 3000, Seed = 11 });
        var year = county.Instance.Year;

        long runId;
        string location;
        using (var first = ApiProcess.Start(Settings()))
        {
            await first.WaitHealthyAsync(deadline);
            using var office = first.Client(OfficeToken);
            await SubmitCountyAsync(first, office, county.Instance);

            using var started = await office.PostAsync($"/api/years/{year}/solves", null);
            Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
            location = started.Headers.Location!.ToString();
            runId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

            await PollAsync(office, location, state => state == SolveStates.Running || SolveStates.IsFinal(state), deadline, first);
            first.Kill();
        }

        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        var runs = new SolveRunStore(new Scheduler.Data.Tenancy.CountyDataSource(dataSource));
        var killed = await runs.GetAsync(runId);
        Assert.True(killed!.State == SolveStates.Running,
            $"the run was {killed.State} when its server was killed; the solve must outlast the kill (make the county bigger)");
        Assert.Equal(1, killed.Attempts);

        using var second = ApiProcess.Start(Settings());
        await second.WaitHealthyAsync(deadline);
        using var client = second.Client(OfficeToken);
        var run = await PollAsync(client, location, SolveStates.IsFinal, deadline, second);
        Assert.True(run.GetProperty("state").GetString() == SolveStates.Succeeded, run.ToString());
        Assert.True(run.GetProperty("attempts").GetInt32() >= 2, $"the second server never started the job again: {run}");

        var instanceJson = await client.GetStringAsync($"/api/years/{year}/instance");
        var planJson = await client.GetStringAsync($"{location}/plan");
        var report = PlanChecker.Check(ContractJson.ReadInstance(instanceJson).Value!, ContractJson.ReadAnnualPlan(planJson).Value!);
        Assert.True(report.Valid, string.Join("\n", report.Violations.Take(10)));

        await using (var rows = dataSource.CreateCommand("select count(*) from solve_runs"))
            Assert.Equal(1L, (long)(await rows.ExecuteScalarAsync())!);
        Assert.Equal(1L, await runs.StoredCountAsync(runId));
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["ConnectionStrings__Scheduler"] = api.ConnectionString,
        ["Scheduler__OfficeToken"] = OfficeToken,
        ["Scheduler__JobInvisibilitySeconds"] = "5",   // sliding: a dead server's job is taken up 5 s after its last heartbeat
        ["Scheduler__AnnualTimeLimitSeconds"] = "8",
        ["Scheduler__MonthTimeLimitSeconds"] = "1",
        ["Scheduler__SolverWorkers"] = "1",
        ["Scheduler__ConcurrentSolves"] = "1",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>The office saves the register; each department gets a token and submits its own needs.</summary>
    private static async Task SubmitCountyAsync(ApiProcess server, HttpClient office, Scheduler.Domain.Model.Instance instance)
    {
        var document = JsonNode.Parse(ContractJson.Write(instance))!.AsObject();
        var needs = document["needs"]!.AsArray();
        document.Remove("needs");
        using (var saved = await office.PutAsync($"/api/years/{instance.Year}/register", Json(document.ToJsonString())))
            Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        foreach (var group in needs.GroupBy(n => (string)n!["department"]!, StringComparer.Ordinal))
        {
            using var issued = await office.PostAsJsonAsync("/api/tokens", new { department = group.Key });
            var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
            using var department = server.Client(token);
            var body = new JsonObject { ["needs"] = new JsonArray([.. group.Select(n => n!.DeepClone())]) };
            using var submitted = await department.PutAsync($"/api/years/{instance.Year}/needs", Json(body.ToJsonString()));
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Polls the run until <paramref name="done"/> holds for its state; fails with the server's output past the deadline.</summary>
    private static async Task<JsonElement> PollAsync(HttpClient client, string location, Func<string, bool> done, DateTime deadlineUtc,
        ApiProcess server)
    {
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>(location);
            if (done(run.GetProperty("state").GetString()!)) return run;
            if (DateTime.UtcNow > deadlineUtc)
                throw new TimeoutException($"gave up after {Overall.TotalMinutes} minutes; the run is {run}\nserver output:\n{server.Tail()}");
            await Task.Delay(100);
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

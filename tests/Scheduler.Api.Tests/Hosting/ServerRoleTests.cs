using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Scheduler.Api.Hosting;

namespace Scheduler.Api.Tests.Hosting;

/// <summary>
/// Scheduler:Role (docs/deploy.md): a web process and a worker process in one test, sharing the database. The web one
/// serves the API and enqueues, and runs nothing; the worker serves only its health and runs what the web one enqueued,
/// solves and staffed replans on the "solves" queue. A bad role stops start-up, naming the setting.
/// </summary>
public sealed class ServerRoleTests(ApiFactory database) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task WorkerServesNoApiOrPages_ButRunsTheSolvesAndReplansAWebProcessEnqueued()
    {
        await using var web = new RoleFactory(database.ConnectionString, "web");
        using var office = web.Client(ApiFactory.OfficeToken);
        await SubmitTinyAsync(office);

        using var started = await office.PostAsync($"/api/years/{Tiny.Year}/solves", null);
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // The web process registered no job server, so nobody can have fetched the job: queued, on "solves".
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from hangfire.server"));
        Assert.Equal("queued", (await office.GetFromJsonAsync<JsonElement>(location)).GetProperty("state").GetString());
        Assert.Equal(JobQueues.Solves, await QueueOfRunAsync(runId, fetched: false));

        await using var worker = new RoleFactory(database.ConnectionString, "worker");
        using var workerClient = worker.Client(ApiFactory.OfficeToken);
        foreach (var path in new[] { "/", "/signin", "/office", $"/api/years/{Tiny.Year}/register/versions", location, "/api/tokens",
                     "/openapi/v1.json", "/scalar", "/hangfire" })
        {
            using var response = await workerClient.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"the worker answered {path} with {(int)response.StatusCode}");
        }
        using (var health = await workerClient.GetAsync("/health")) Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var run = await Scenario.PollAsync(office, location);
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        Assert.Equal(JobQueues.Solves, await QueueOfRunAsync(runId, fetched: true));

        using var replan = await office.PostAsJsonAsync($"/api/solves/{runId}/replans", new { from = 7 });
        Assert.True(replan.StatusCode == HttpStatusCode.Accepted, await replan.Content.ReadAsStringAsync());
        var replanned = await Scenario.PollAsync(office, replan.Headers.Location!.ToString());
        Assert.True(replanned.GetProperty("state").GetString() == "succeeded", replanned.ToString());
        // A staffed plan's replan re-plans the months in staffing rounds: it waits with the solves.
        Assert.Equal(JobQueues.Solves, await QueueOfRunAsync(replanned.GetProperty("id").GetInt64(), fetched: true));

        // The worker's two job servers: one per queue (the solves one also drains the old "default").
        var queues = await ScalarAsync<string>("select string_agg(data::jsonb ->> 'Queues', ' ' order by data::jsonb ->> 'Queues') from hangfire.server");
        Assert.Contains("\"short\"", queues);
        Assert.Contains("\"solves\"", queues);
    }

    [Theory]
    [InlineData("wrker")]
    [InlineData("web,worker")]
    public void BadRole_StopsStartUp_NamingTheSetting(string role)
    {
        using var factory = new RoleFactory(database.ConnectionString, role);
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Scheduler:Role must be web, worker or both", error.ToString());
        Assert.Contains(role, error.ToString());
    }

    private static async Task SubmitTinyAsync(HttpClient office)
    {
        using (var register = await office.PutAsync($"/api/years/{Tiny.Year}/register", Scenario.Json(Tiny.Register())))
            Assert.True(register.StatusCode == HttpStatusCode.OK, await register.Content.ReadAsStringAsync());
        foreach (var department in Tiny.Departments())
        {
            using var issued = await office.PostAsJsonAsync("/api/tokens", new { department });
            Assert.True(issued.StatusCode == HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
            var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            using var submit = new HttpRequestMessage(HttpMethod.Put, $"/api/years/{Tiny.Year}/needs") { Content = Scenario.Json(Tiny.Needs(department).ToJsonString()) };
            submit.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using var submitted = await office.SendAsync(submit);
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        }
    }

    /// <summary>The queue the run's Hangfire job was enqueued on: from the job queue while it waits, else the job's own (Hangfire 1.8 keeps it with the job).</summary>
    private async Task<string?> QueueOfRunAsync(long runId, bool fetched)
    {
        var jobId = await ScalarAsync<string>($"select job_id::text from solve_runs where id = {runId}");
        Assert.False(string.IsNullOrEmpty(jobId), $"run {runId} has no job");
        return fetched
            ? await ScalarAsync<string>($"select invocationdata::jsonb ->> 'Queue' from hangfire.job where id = {long.Parse(jobId)}")
            : await ScalarAsync<string>($"select queue from hangfire.jobqueue where jobid = {long.Parse(jobId)} and fetchedat is null");
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scheduler.Api.Tests;

/// <summary>Steps the tests share: the office saves tiny's register, issues department tokens; departments submit.</summary>
public static class Scenario
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task RegisterTinyAsync(ApiFactory api)
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.PutAsync($"/api/years/{Tiny.Year}/register", Json(Tiny.Register()));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A department token; saves tiny's register first when the year has none (a token names a registered department).</summary>
    public static async Task<string> IssueTokenAsync(ApiFactory api, string department)
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using (var register = await office.GetAsync($"/api/years/{Tiny.Year}/register/versions"))
        {
            if (register.StatusCode == HttpStatusCode.NotFound) await RegisterTinyAsync(api);
        }
        using var response = await office.PostAsJsonAsync("/api/tokens", new { department });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("token").GetString()!;
    }

    /// <summary>Submits the needs with the token and returns the response (caller disposes).</summary>
    public static Task<HttpResponseMessage> SubmitAsync(ApiFactory api, string token, JsonNode needs)
    {
        var client = api.Client(token);
        return client.PutAsync($"/api/years/{Tiny.Year}/needs", Json(needs.ToJsonString()));
    }

    /// <summary>Polls the run until it is final; a deadline, not a timing assertion, so a hung job fails instead of hanging.</summary>
    public static async Task<JsonElement> PollAsync(HttpClient client, string location)
    {
        // Generous: on a loaded machine a job can wait long for its server (once, in CI, a tiny solve stayed queued for
        // two minutes while a dozen test hosts ran at once); the deadline only stops a run that never ends.
        var deadline = DateTime.UtcNow.AddMinutes(8);
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>(location);
            var state = run.GetProperty("state").GetString();
            if (state is "succeeded" or "failed" or "cancelled") return run;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"run still {state} after 8 minutes: {run}");
            await Task.Delay(200);
        }
    }

    /// <summary>The ProblemDetails "errors" object: JSON path -> messages.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.TryGetProperty("errors", out var errors), body.ToString());
        return errors.Deserialize<Dictionary<string, string[]>>()!;
    }
}

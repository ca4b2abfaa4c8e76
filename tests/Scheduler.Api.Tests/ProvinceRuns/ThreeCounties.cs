using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.ProvinceRuns;

/// <summary>
/// A platform of three counties the province added: <see cref="First"/> and <see cref="Second"/> with tiny's year
/// registered and every department's needs submitted (nothing solved yet), <see cref="Bare"/> without a register.
/// </summary>
public sealed class ThreeCounties : IAsyncLifetime
{
    public const string First = "330301", Second = "330302", Bare = "330303";

    public ApiFactory Api { get; } = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Api).InitializeAsync();
        foreach (var (code, name) in new[] { (First, "丙县"), (Second, "丁县"), (Bare, "戊县") })
        {
            using var province = Api.Client(ApiFactory.ProvinceToken);
            using var added = await province.PostAsJsonAsync("/api/province/counties", new { code, name });
            Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
            if (code == Bare) continue;
            using var office = Api.Client((await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("officeToken").GetString());
            using var saved = await office.PutAsync($"/api/counties/{code}/years/{Tiny.Year}/register", Scenario.Json(Tiny.Register()));
            Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            foreach (var department in Tiny.Departments())
            {
                using var issued = await office.PostAsJsonAsync($"/api/counties/{code}/tokens", new { department });
                using var client = Api.Client((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
                using var submitted = await client.PutAsync($"/api/counties/{code}/years/{Tiny.Year}/needs", Scenario.Json(Tiny.Needs(department).ToJsonString()));
                Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
            }
        }
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Api).DisposeAsync();

    /// <summary>Polls the province run until it is closed; a deadline, not a timing assertion, so a hung job fails instead of hanging.</summary>
    public async Task<JsonElement> PollClosedAsync(HttpClient province, string location)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var run = await province.GetFromJsonAsync<JsonElement>(location);
            if (run.GetProperty("closedAt").ValueKind != JsonValueKind.Null) return run;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"province run still open after 3 minutes: {run}");
            await Task.Delay(200);
        }
    }
}

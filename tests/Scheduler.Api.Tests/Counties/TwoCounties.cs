using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Counties;

/// <summary>
/// A platform with two counties added by the province: <see cref="A"/> with tiny's year registered, every department's
/// needs submitted and one run succeeded, all through its county routes; <see cref="B"/> empty. Each county's office
/// token, and a department token of each.
/// </summary>
public sealed class TwoCounties : IAsyncLifetime
{
    public const string A = "330101";
    public const string B = "330102";

    public ApiFactory Api { get; } = new();
    public Dictionary<string, string> OfficeTokens { get; } = [];
    public Dictionary<string, string> DepartmentTokens { get; } = [];
    public long RunOfA { get; private set; }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Api).InitializeAsync();
        using var province = Api.Client(ApiFactory.ProvinceToken);
        foreach (var (code, name) in new[] { (A, "甲县"), (B, "乙县") })
        {
            using var added = await province.PostAsync("/api/province/counties", Scenario.Json($$"""{"code": "{{code}}", "name": "{{name}}"}"""));
            Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
            OfficeTokens[code] = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("officeToken").GetString()!;
            using var office = Api.Client(OfficeTokens[code]);
            using var register = await office.PutAsync($"/api/counties/{code}/years/{Tiny.Year}/register", Scenario.Json(Tiny.Register()));
            Assert.True(register.StatusCode == HttpStatusCode.OK, await register.Content.ReadAsStringAsync());
            using var issued = await office.PostAsJsonAsync($"/api/counties/{code}/tokens", new { department = SolvedYear.Own });
            Assert.True(issued.StatusCode == HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
            DepartmentTokens[code] = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        }
        // County B keeps its register but no needs and no run; county A is solved.
        using var officeOfA = Api.Client(OfficeTokens[A]);
        foreach (var department in Tiny.Departments())
        {
            using var issued = await officeOfA.PostAsJsonAsync($"/api/counties/{A}/tokens", new { department });
            var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            using var client = Api.Client(token);
            using var submitted = await client.PutAsync($"/api/counties/{A}/years/{Tiny.Year}/needs", Scenario.Json(Tiny.Needs(department).ToJsonString()));
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        }
        using var started = await officeOfA.PostAsync($"/api/counties/{A}/years/{Tiny.Year}/solves", null);
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var run = await Scenario.PollAsync(officeOfA, started.Headers.Location!.ToString());
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        RunOfA = run.GetProperty("id").GetInt64();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Api).DisposeAsync();
}

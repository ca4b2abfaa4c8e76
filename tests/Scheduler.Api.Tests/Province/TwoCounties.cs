using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scheduler.Api.Tests.Province;

/// <summary>
/// A platform with two counties the province added: <see cref="Solved"/> with tiny's year registered, every department's
/// needs submitted and one run succeeded; <see cref="Registered"/> with tiny's register and only SCJG's needs.
/// </summary>
public sealed class TwoCounties : IAsyncLifetime
{
    public const string Solved = "330101", SolvedName = "甲县";
    public const string Registered = "330102", RegisteredName = "乙县";

    public ApiFactory Api { get; } = new();
    public string SolvedOffice { get; private set; } = "";
    public string RegisteredOffice { get; private set; } = "";
    public long RunId { get; private set; }

    /// <summary>The run's figures as GET /api/counties/{Solved}/solves/{run} shows them.</summary>
    public JsonElement RunFigures { get; private set; }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Api).InitializeAsync();
        SolvedOffice = await AddCountyAsync(Solved, SolvedName);
        RegisteredOffice = await AddCountyAsync(Registered, RegisteredName);

        using var office = Api.Client(SolvedOffice);
        await RegisterAsync(office, Solved);
        foreach (var department in Tiny.Departments()) await SubmitAsync(office, Solved, department);
        using var started = await office.PostAsync($"/api/counties/{Solved}/years/{Tiny.Year}/solves", null);
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var run = await Scenario.PollAsync(office, started.Headers.Location!.ToString());
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        RunId = run.GetProperty("id").GetInt64();
        RunFigures = run.GetProperty("figures").Clone();

        using var other = Api.Client(RegisteredOffice);
        await RegisterAsync(other, Registered);
        await SubmitAsync(other, Registered, "SCJG");
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Api).DisposeAsync();

    private async Task<string> AddCountyAsync(string code, string name)
    {
        using var province = Api.Client(ApiFactory.ProvinceToken);
        using var added = await province.PostAsJsonAsync("/api/province/counties", new { code, name });
        var body = await added.Content.ReadAsStringAsync();
        Assert.True(added.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("officeToken").GetString()!;
    }

    private static async Task RegisterAsync(HttpClient office, string county)
    {
        using var saved = await office.PutAsync($"/api/counties/{county}/years/{Tiny.Year}/register", Scenario.Json(Tiny.Register()));
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    private async Task SubmitAsync(HttpClient office, string county, string department)
    {
        using var issued = await office.PostAsJsonAsync($"/api/counties/{county}/tokens", new { department });
        var body = await issued.Content.ReadAsStringAsync();
        Assert.True(issued.StatusCode == HttpStatusCode.OK, body);
        using var client = Api.Client(JsonDocument.Parse(body).RootElement.GetProperty("token").GetString());
        using var submitted = await client.PutAsync($"/api/counties/{county}/years/{Tiny.Year}/needs", Scenario.Json(Tiny.Needs(department).ToJsonString()));
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Text.Json;

namespace Scheduler.Api.Tests;

/// <summary>
/// A service with tiny's year solved: the register saved, every department's needs submitted, one run succeeded, SCJG's and YJGL's sampling rules
/// submitted and one draw stored. Tokens of
/// the office, of SCJG ("own": the department the matrix's department-bound rows are about) and of YJGL ("other").
/// </summary>
public sealed class SolvedYear : IAsyncLifetime
{
    public const string Own = "SCJG";
    public const string Other = "YJGL";

    public ApiFactory Api { get; } = new();
    public string OwnToken { get; private set; } = "";
    public string OtherToken { get; private set; } = "";
    public long RunId { get; private set; }

    /// <summary>A draw of the year from SCJG's and YJGL's rules (not published).</summary>
    public long DrawId { get; private set; }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Api).InitializeAsync();
        await Scenario.RegisterTinyAsync(Api);
        foreach (var department in Tiny.Departments())
        {
            var token = await Scenario.IssueTokenAsync(Api, department);
            if (department == Own) OwnToken = token;
            if (department == Other) OtherToken = token;
            using var submitted = await Scenario.SubmitAsync(Api, token, Tiny.Needs(department));
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        }
        using var office = Api.Client(ApiFactory.OfficeToken);
        using var started = await office.PostAsync($"/api/years/{Tiny.Year}/solves", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await Scenario.PollAsync(office, started.Headers.Location!.ToString());
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        RunId = run.GetProperty("id").GetInt64();

        foreach (var (token, rules) in new[] { (OwnToken, Draws.TinyRules.Scjg), (OtherToken, Draws.TinyRules.Yjgl) })
        {
            using var client = Api.Client(token);
            using var put = await client.PutAsync($"/api/years/{Tiny.Year}/rules", Scenario.Json(rules));
            Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        }
        using var drawn = await office.PostAsync($"/api/years/{Tiny.Year}/draws", Scenario.Json("""{"seed": 1}"""));
        Assert.True(drawn.StatusCode == HttpStatusCode.Created, await drawn.Content.ReadAsStringAsync());
        DrawId = JsonDocument.Parse(await drawn.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Api).DisposeAsync();

    /// <summary>The client of a caller of the matrix.</summary>
    public HttpClient Client(Caller caller) => Api.Client(caller switch
    {
        Caller.Office => ApiFactory.OfficeToken,
        Caller.Own => OwnToken,
        Caller.Other => OtherToken,
        Caller.Unknown => "not-a-token-anyone-issued",
        Caller.Province => ApiFactory.ProvinceToken,
        _ => null,
    });

    /// <summary>A page client with the caller's bearer token that does not follow redirects itself (HttpClient would drop the header).</summary>
    public PageClient Pages(Caller caller)
    {
        var client = Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", caller switch
        {
            Caller.Office => ApiFactory.OfficeToken,
            Caller.Own => OwnToken,
            _ => OtherToken,
        });
        return new PageClient(client);
    }

    public async Task<JsonElement> GetJsonAsync(Caller caller, string path)
    {
        using var client = Client(caller);
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

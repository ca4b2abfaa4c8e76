using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scheduler.Api.Tests;

/// <summary>The register keeps its history: every save is a version (who, when), the newest is current, older ones readable.</summary>
public sealed class RegisterVersionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Save_KeepsTheEarlierRegisterReadable_WhenTheOfficeSavesAgain()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var first = await SaveAsync(office, "tiny, first");
        var second = await SaveAsync(office, "tiny, second");
        Assert.Equal(first + 1, second);

        using var current = await office.GetAsync($"/api/years/{Tiny.Year}/register");
        Assert.Equal("tiny, second", await NameAsync(current));
        Assert.Equal(second.ToString(System.Globalization.CultureInfo.InvariantCulture), current.Headers.GetValues("Register-Version").Single());

        using var old = await office.GetAsync($"/api/years/{Tiny.Year}/register?version={first}");
        Assert.Equal("tiny, first", await NameAsync(old));
        Assert.Equal("office#1", old.Headers.GetValues("Register-Saved-By").Single());

        var versions = await office.GetFromJsonAsync<JsonElement>($"/api/years/{Tiny.Year}/register/versions");
        Assert.Equal(second, versions.GetProperty("current").GetInt32());
        var listed = versions.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([first, second], listed.Select(v => v.GetProperty("version").GetInt32()).Where(v => v >= first));
        Assert.All(listed, v => Assert.Equal("office#1", v.GetProperty("savedBy").GetString()));
    }

    [Fact]
    public async Task Get_GivesADepartmentTheCurrentRegister_SoItCanFillItsNeeds()
    {
        var token = await Scenario.IssueTokenAsync(api, "YY");
        using var department = api.Client(token);
        using var response = await department.GetAsync($"/api/years/{Tiny.Year}/register");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var register = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("YY", register["departments"]!.AsArray().Select(d => (string)d!["id"]!));
        Assert.Empty(register["needs"]?.AsArray() ?? []);
    }

    [Theory]
    [InlineData("?version=999", HttpStatusCode.NotFound, null)]
    [InlineData("?version=0", HttpStatusCode.BadRequest, "version")]
    [InlineData("?version=two", HttpStatusCode.BadRequest, "version")]
    public async Task Get_Answers4xxNamingTheVersion_WhenTheVersionIsNotThere(string query, HttpStatusCode status, string? path)
    {
        await Scenario.RegisterTinyAsync(api);
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync($"/api/years/{Tiny.Year}/register{query}");
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (path is not null) Assert.Contains(path, (await Scenario.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Save_NumbersConcurrentSavesDistinctly_WhenTheOfficeSavesFiveAtOnce()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var versions = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => SaveAsync(office, $"tiny, concurrent {i}")));
        Assert.Equal(5, versions.Distinct().Count());
        var listed = await office.GetFromJsonAsync<JsonElement>($"/api/years/{Tiny.Year}/register/versions");
        var all = listed.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, all.Count), all);
        Assert.Subset(all.ToHashSet(), versions.ToHashSet());
    }

    private static async Task<int> SaveAsync(HttpClient office, string name)
    {
        var register = JsonNode.Parse(Tiny.Register())!.AsObject();
        register["name"] = name;
        using var response = await office.PutAsync($"/api/years/{Tiny.Year}/register", Scenario.Json(register.ToJsonString()));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    private static async Task<string?> NameAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["name"]!.GetValue<string>();
    }
}

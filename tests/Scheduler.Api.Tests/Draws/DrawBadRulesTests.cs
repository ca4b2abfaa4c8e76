using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Tests.Draws;

/// <summary>
/// A draw over rules the register no longer supports (YJGL's hazardous-chemicals population emptied by a later register
/// version) answers 400 naming the rule and field, and stores nothing.
/// </summary>
public sealed class DrawBadRulesTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await Scenario.RegisterTinyAsync(api);
        using var yjgl = api.Client(await Scenario.IssueTokenAsync(api, "YJGL"));
        using var put = await yjgl.PutAsync($"/api/years/{Tiny.Year}/rules", Scenario.Json(TinyRules.Yjgl));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Post_Answers400NamingTheRuleAndField_AndStoresNothing_WhenAPopulationMatchesNoEnterprise()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var register = JsonNode.Parse(Tiny.Register())!.AsObject();
        foreach (var e in register["enterprises"]!.AsArray()) if ((string?)e!["industry"] == "hazchem") e["industry"] = "shop";
        using (var saved = await office.PutAsync($"/api/years/{Tiny.Year}/register", new StringContent(register.ToJsonString(), Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var response = await office.PostAsync($"/api/years/{Tiny.Year}/draws", Scenario.Json("""{"seed": 1}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Scenario.ErrorsAsync(response);
        Assert.Contains(errors, e => e.Key.StartsWith("$.rules[0]", StringComparison.Ordinal) && e.Value.Any(m => m.Contains("YJGL-R01", StringComparison.Ordinal)));
        Assert.Empty(await api.Services.GetRequiredService<DrawStore>().ListAsync(Tiny.Year));
    }
}

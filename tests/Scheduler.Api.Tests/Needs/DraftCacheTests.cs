using System.Net;
using System.Text.Json.Nodes;

namespace Scheduler.Api.Tests.Needs;

/// <summary>The department needs page keeps its checked draft only until the needs, the draft or the register change.</summary>
public sealed class DraftCacheTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task NeedsPage_ShowsTheNewVersion_WhenNeedsAreSubmittedAfterItWasViewed()
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        var needs = Tiny.Needs("SCJG");
        using (var submitted = await Scenario.SubmitAsync(api, token, needs)) Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        using var client = api.Client(token);
        var first = await client.GetStringAsync("/departments/SCJG/needs");
        var dropped = (string)needs["needs"]!.AsArray()[0]!["id"]!;
        Assert.Contains($"data-need=\"{dropped}\"", first);

        var fewer = new JsonObject { ["needs"] = new JsonArray([.. needs["needs"]!.AsArray().Skip(1).Select(n => n!.DeepClone())]) };
        using (var submitted = await Scenario.SubmitAsync(api, token, fewer)) Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var second = await client.GetStringAsync("/departments/SCJG/needs");

        Assert.DoesNotContain($"data-need=\"{dropped}\"", second);
    }

    [Fact]
    public async Task NeedsPage_ChecksAgainstTheNewRegister_WhenTheRegisterIsSavedAfterItWasViewed()
    {
        var token = await Scenario.IssueTokenAsync(api, "YJGL");
        using (var submitted = await Scenario.SubmitAsync(api, token, Tiny.Needs("YJGL"))) Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        using var client = api.Client(token);
        var before = await client.GetStringAsync("/departments/YJGL/needs");
        Assert.DoesNotContain("class=\"bad\"", before);

        // The register loses E4-E6: the needs at those now name unknown enterprises.
        var register = JsonNode.Parse(Tiny.Register())!.AsObject();
        var enterprises = register["enterprises"]!.AsArray();
        while (enterprises.Count > 3) enterprises.RemoveAt(enterprises.Count - 1);
        using var office = api.Client(ApiFactory.OfficeToken);
        using (var saved = await office.PutAsync($"/api/years/{Tiny.Year}/register", Scenario.Json(register.ToJsonString())))
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await client.GetStringAsync("/departments/YJGL/needs");

        Assert.Contains("class=\"bad\"", after);
    }
}

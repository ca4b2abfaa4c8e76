using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using MiniExcelLibs;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Tests.Draws;

/// <summary>公示: a published draw's department page, its xlsx, and the three files that replay it exactly.</summary>
public sealed class DrawPublicationTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private long drawId;
    private long unpublishedId;

    public async Task InitializeAsync()
    {
        await TinyRules.RegisterAndSubmitAsync(api);
        using var office = api.Client(ApiFactory.OfficeToken);
        using var drawn = await office.PostAsync($"/api/years/{Tiny.Year}/draws", Scenario.Json("""{"seed": 20260101, "reason": "each test draws anew (InitializeAsync runs per test)"}"""));
        Assert.True(drawn.StatusCode == HttpStatusCode.Created, await drawn.Content.ReadAsStringAsync());
        drawId = (await drawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var published = await office.PostAsync($"/api/years/{Tiny.Year}/draws/{drawId}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        using var later = await office.PostAsync($"/api/years/{Tiny.Year}/draws", Scenario.Json("""{"seed": 2, "reason": "not published"}"""));
        unpublishedId = (await later.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Page_ListsTheDrawnEnterprisesWithTheSeedAndTheReplayCommand()
    {
        using var scjg = api.Client(await Scenario.IssueTokenAsync(api, "SCJG"));
        var html = await scjg.GetStringAsync($"/departments/SCJG/draws/{drawId}");

        Assert.Contains("id=\"draw-seed\">20260101<", html);
        Assert.Contains($"scheduler draw --verify draw-{drawId}.json register-{drawId}.json rules-{drawId}.json", html);
        Assert.Contains("data-enterprise=\"E1\"", html);
        Assert.Contains("data-enterprise=\"E6\"", html);
        Assert.Contains("data-enterprise=\"E2\"", html);
        Assert.DoesNotContain("data-enterprise=\"E3\"", html);   // YJGL's draw, not SCJG's
        Assert.Contains("双随机抽查结果公示", html);
    }

    [Fact]
    public async Task Page_ListsOneCheckItem_WhenTheItemIsGiven()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var html = await office.GetStringAsync($"/departments/SCJG/draws/{drawId}?item=SCJG-02");

        Assert.Contains("id=\"item-SCJG-02\"", html);
        Assert.Contains("data-enterprise=\"E2\"", html);
        Assert.DoesNotContain("id=\"item-SCJG-01\"", html);
    }

    [Fact]
    public async Task Page_SaysNothingIsPublished_WhenTheDrawIsNotPublished()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var html = await office.GetStringAsync($"/departments/SCJG/draws/{unpublishedId}");

        Assert.Contains("id=\"no-draw\"", html);
        Assert.DoesNotContain("data-enterprise=", html);
    }

    [Fact]
    public async Task PageAndXlsx_Answer403_WhenAnotherDepartmentOpensThem()
    {
        using var yjgl = api.Client(await Scenario.IssueTokenAsync(api, "YJGL"));
        using var page = await yjgl.GetAsync($"/departments/SCJG/draws/{drawId}");
        using var xlsx = await yjgl.GetAsync($"/draws/{drawId}/SCJG.xlsx");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, xlsx.StatusCode);
    }

    [Fact]
    public async Task Xlsx_ListsTheSameEnterprisesAsThePage()
    {
        using var scjg = api.Client(await Scenario.IssueTokenAsync(api, "SCJG"));
        var bytes = await scjg.GetByteArrayAsync($"/draws/{drawId}/SCJG.xlsx");

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, sheetName: "抽取名单").Cast<IDictionary<string, object>>().ToList();
        var listed = rows.Select(r => $"{r["抽查规则 Rule"]}:{r["企业编号 Enterprise"]}").ToHashSet();
        Assert.Equal(["SCJG-R01:E1", "SCJG-R01:E6", "SCJG-R02:E2"], listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Files_ReplayTheDrawExactly_AndCarryTheRecordsHashes()
    {
        using var client = api.Client(await Scenario.IssueTokenAsync(api, "YJGL"));
        var record = await client.GetStringAsync($"/draws/{drawId}/draw.json");
        var register = await client.GetByteArrayAsync($"/draws/{drawId}/register.json");
        var rules = await client.GetByteArrayAsync($"/draws/{drawId}/rules.json");

        var readRecord = DrawJson.ReadRecord(record).Value!;
        var readRegister = ContractJson.ReadInstance(System.Text.Encoding.UTF8.GetString(register)).Value!;
        var readRules = DrawJson.ReadRules(System.Text.Encoding.UTF8.GetString(rules)).Value!;
        Assert.Null(DrawVerifier.FirstDifference(readRecord, readRegister, readRules));
        Assert.Equal(readRecord.RegisterSha256, Convert.ToHexStringLower(SHA256.HashData(register)));
        Assert.Equal(readRecord.RulesSha256, Convert.ToHexStringLower(SHA256.HashData(rules)));
    }

    [Fact]
    public async Task Files_Answer404_WhenTheDrawIsNotPublished()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync($"/draws/{unpublishedId}/draw.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

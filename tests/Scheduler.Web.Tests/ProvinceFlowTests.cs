using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Microsoft.Playwright;
using Scheduler.Tests.Shared;

namespace Scheduler.Web.Tests;

/// <summary>
/// The province's page over three counties it added: 东县 with samples/tiny.json's year solved, 南县 with the register
/// and one department's needs, 西县 with nothing yet. The province sets its targets on the page, reads the table with each
/// county's verdicts and the totals, downloads the table's workbook and follows a county's plan link.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProvinceFlowTests(WebApp app)
{
    private const string East = "330301", South = "330302", West = "330303";

    private static readonly JsonObject Tiny = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "samples", "tiny.json")))!.AsObject();

    [Fact]
    public async Task ProvincePage_ComparesThreeCounties_AgainstTheTargetsItSets_AndGivesTheirWorkbook()
    {
        var year = (int)Tiny["year"]!;
        var eastOffice = await AddCountyAsync(East, "东县");
        var southOffice = await AddCountyAsync(South, "南县");
        await AddCountyAsync(West, "西县");
        var departments = Tiny["departments"]!.AsArray().Select(d => (string)d!["id"]!).ToList();
        await RegisterAsync(eastOffice, East, year);
        foreach (var department in departments) await SubmitAsync(eastOffice, East, year, department);
        var run = await SolveAsync(eastOffice, East, year);
        await RegisterAsync(southOffice, South, year);
        await SubmitAsync(southOffice, South, year, departments[0]);

        var page = await app.SignedInAsync(WebApp.ProvinceToken);
        Assert.Equal("/province", new Uri(page.Url).AbsolutePath);
        Assert.Contains("省级", await page.Locator("header .who").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("header nav a[href='/province/runs']").CountAsync());
        Assert.Equal(0, await page.Locator("header nav a[href^='/office']").CountAsync());
        await page.GotoAsync($"/province?year={year}");

        // A wrong percentage is named next to its field; nothing is saved.
        await page.GetByLabel("联合检查率目标（%）").FillAsync("160");
        await page.GetByLabel("减少检查比例目标（%）").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存目标" }).ClickAsync();
        await page.Locator("#target-joint-rate-error").WaitForAsync();
        Assert.Equal("true", await page.GetByLabel("联合检查率目标（%）").GetAttributeAsync("aria-invalid"));

        await page.GetByLabel("联合检查率目标（%）").FillAsync("0");
        await page.GetByLabel("减少检查比例目标（%）").FillAsync("100");
        await page.GetByLabel("需求提交截止日期（可不填）").FillAsync($"{year}-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存目标" }).ClickAsync();
        await page.Locator("#targets-saved").WaitForAsync();

        var table = page.Locator("#province-table");
        foreach (var code in new[] { East, South, West }) Assert.Equal(1, await table.Locator($"tr[data-county='{code}']").CountAsync());
        var east = table.Locator($"tr[data-county='{East}']");
        Assert.Contains("✓ 达标", await east.Locator("td[data-field='joint-rate']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("✗ 未达标", await east.Locator("td[data-field='checks-cut']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"{departments.Count} / {departments.Count}", await east.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"1 / {departments.Count}", await table.Locator($"tr[data-county='{South}']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("无名录", await table.Locator($"tr[data-county='{West}']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("合计", await page.Locator("#province-totals").InnerTextAsync(), StringComparison.Ordinal);
        await Screens.TakeAsync(page, "province");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#figures-xlsx").ClickAsync());
        Assert.Equal($"province-{year}.xlsx", download.SuggestedFilename);
        using var temp = new TempFolder();
        var path = temp.File("province.xlsx");
        await download.SaveAsAsync(path);
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: "各县").Cast<IDictionary<string, object>>().ToList();
        var codes = rows.Select(r => r["代码 Code"]?.ToString()).ToList();
        Assert.Contains(East, codes);
        Assert.Contains(South, codes);
        Assert.Contains(West, codes);
        Assert.Equal("合计 Total", codes[^1]);
        Assert.Equal(run, Convert.ToInt64(rows.Single(r => r["代码 Code"]?.ToString() == East)["方案 Run"], System.Globalization.CultureInfo.InvariantCulture));

        // The county's plan, through the county's routes with the province's session.
        var plan = await east.GetByRole(AriaRole.Link, new() { Name = "东县 年度计划 JSON" }).GetAttributeAsync("href");
        Assert.Equal($"/api/counties/{East}/solves/{run}/plan", plan);
        var answer = await page.Context.APIRequest.GetAsync(plan!);
        Assert.Equal(200, answer.Status);
        Assert.True(JsonDocument.Parse(await answer.BodyAsync()).RootElement.TryGetProperty("visits", out _));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ProvincePage_HasATitleAndOneHeading_InChineseThenEnglish()
    {
        var page = await app.SignedInAsync(WebApp.ProvinceToken);

        var response = await page.GotoAsync("/province");

        Assert.Equal(200, response!.Status);
        Assert.Contains("省级总览", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        await page.GotoAsync("/lang/en?returnUrl=" + Uri.EscapeDataString("/province"));
        Assert.Contains("Province overview", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Contains("Province", await page.Locator("header .who").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Joint rate target (%)", (await page.Locator("label[for='target-joint-rate']").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    private async Task<string> AddCountyAsync(string code, string name)
    {
        using var province = app.Api(WebApp.ProvinceToken);
        using var added = await province.PostAsJsonAsync("/api/province/counties", new { code, name });
        var body = await added.Content.ReadAsStringAsync();
        if (added.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"adding county {code}: {(int)added.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("officeToken").GetString()!;
    }

    private async Task RegisterAsync(string office, string county, int year)
    {
        var register = Tiny.DeepClone().AsObject();
        register.Remove("needs");
        using var client = app.Api(office);
        await ExpectOkAsync(await client.PutAsync($"/api/counties/{county}/years/{year}/register", Json(register.ToJsonString())), $"{county}'s register");
    }

    private async Task SubmitAsync(string office, string county, int year, string department)
    {
        using var client = app.Api(office);
        using var issued = await client.PostAsJsonAsync($"/api/counties/{county}/tokens", new { department });
        var body = await issued.Content.ReadAsStringAsync();
        if (issued.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{county}'s token for {department}: {(int)issued.StatusCode} {body}");
        using var departmentClient = app.Api(JsonDocument.Parse(body).RootElement.GetProperty("token").GetString());
        var needs = new JsonArray([.. Tiny["needs"]!.AsArray().Where(n => (string)n!["department"]! == department).Select(n => n!.DeepClone())]);
        await ExpectOkAsync(await departmentClient.PutAsync($"/api/counties/{county}/years/{year}/needs", Json(new JsonObject { ["needs"] = needs }.ToJsonString())),
            $"{county}'s needs of {department}");
    }

    private async Task<long> SolveAsync(string office, string county, int year)
    {
        using var client = app.Api(office);
        using var started = await client.PostAsync($"/api/counties/{county}/years/{year}/solves", null);
        var body = await started.Content.ReadAsStringAsync();
        if (started.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"{county}'s solve: {(int)started.StatusCode} {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var state = JsonDocument.Parse(await client.GetStringAsync($"/api/counties/{county}/solves/{id}")).RootElement.GetProperty("state").GetString();
            if (state == "succeeded") return id;
            if (state is "failed" or "cancelled") throw new InvalidOperationException($"{county}'s solve {id} ended {state}\n{app.ServiceOutput}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{county}'s solve {id} still {state} after 5 minutes\n{app.ServiceOutput}");
            await Task.Delay(300);
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task ExpectOkAsync(HttpResponseMessage response, string what)
    {
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{app.ServiceOutput}");
        }
    }
}

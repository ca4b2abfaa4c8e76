using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;
using Scheduler.Tests.Shared;

namespace Scheduler.Web.Tests;

/// <summary>
/// 双随机 from the pages: a department writes two rules (one stepped by risk level, one a list) and sees the expected
/// sample sizes as it types, submits; the office draws and publishes; the 公示 page and its xlsx list the drawn
/// enterprises; and `scheduler draw --verify` on the published files replays the identical draw.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DrawFlowTests(WebApp app)
{
    private const string Department = "SCJG";
    private const long Seed = 20260101;
    private static readonly string[] List = ["E003", "E006", "E008"];

    private static string Rules => $$"""
        {
          "formatVersion": 1,
          "departments": [ { "department": "{{Department}}", "maxChecksPerEnterprise": 3 } ],
          "rules": [
            { "id": "SCJG-R01", "department": "SCJG", "items": ["SCJG-01"], "population": { "industries": ["restaurant"] },
              "ratioByLevel": { "A": 0.05, "B": 0.2, "D": 1 } },
            { "id": "SCJG-R02", "department": "SCJG", "items": ["SCJG-02"], "population": { "enterprises": ["{{string.Join("\", \"", List)}}"] } }
          ]
        }
        """;

    [Fact]
    public async Task DepartmentWritesRules_OfficeDrawsAndPublishes_AndTheCliReplaysTheList()
    {
        // What the rules ask of the register: restaurants by colour (green A, yellow B, red D), half rounded up.
        var restaurants = app.Sample["enterprises"]!.AsArray().Where(e => (string?)e!["industry"] == "restaurant").ToList();
        int Expected(string colour, decimal ratio) => (int)Math.Round(restaurants.Count(e => (string)e!["creditTier"]! == colour) * ratio, MidpointRounding.AwayFromZero);
        var expected = new Dictionary<string, int> { ["A"] = Expected("green", 0.05m), ["B"] = Expected("yellow", 0.2m), ["D"] = Expected("red", 1m) };

        // The department types its rules; the preview shows each stratum's expected size.
        var page = await app.SignedInAsync(app.TokenOf(Department));
        await page.GotoAsync($"/departments/{Department}/rules?year={app.Year}");
        await page.Locator("#rules-json").FillAsync(Rules);
        var preview = page.Locator("#rules-preview tbody");
        await Assertions.Expect(preview.Locator("tr[data-rule='SCJG-R02']")).ToHaveCountAsync(1);
        foreach (var (level, size) in expected)
            Assert.Equal(size.ToString(CultureInfo.InvariantCulture), await preview.Locator($"tr[data-rule='SCJG-R01'][data-level='{level}'] .expected").InnerTextAsync());
        Assert.Equal("3", await preview.Locator("tr[data-rule='SCJG-R02'] .expected").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#rules-problem-list li").CountAsync());
        await Screens.TakeAsync(page, "department-rules");

        // A ratio above 1 is shown with its path and rule as the department types, then corrected.
        await page.Locator("#rules-json").FillAsync(Rules.Replace("\"B\": 0.2", "\"B\": 2", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#rules-problem-list")).ToContainTextAsync("$.rules[0].ratioByLevel.B");
        await Assertions.Expect(page.Locator("#rules-problem-list")).ToContainTextAsync("SCJG-R01");
        await page.Locator("#rules-json").FillAsync(Rules);
        await page.Locator("#submit-rules").ClickAsync();
        await Assertions.Expect(page.Locator("#rules-saved")).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        // The office draws and sees the department's achieved sample, then publishes.
        var office = await app.SignedInAsync(WebApp.OfficeToken);
        await office.GotoAsync($"/office/draws?year={app.Year}");
        await office.Locator("#draw-seed").FillAsync(Seed.ToString(CultureInfo.InvariantCulture));
        await office.Locator("#draw-mode").SelectOptionAsync("coordinated");
        await office.Locator("#draw-reason").FillAsync("the browser test's draw");
        await office.Locator("#start-draw").ClickAsync();
        await office.Locator("#draw-done").WaitForAsync();
        var id = long.Parse(DrawId().Match(office.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        var drawn = expected.Values.Sum() + List.Length;
        Assert.Equal(drawn.ToString(CultureInfo.InvariantCulture), await office.Locator($"#department-figures tr[data-department='{Department}'] .drawn").InnerTextAsync());
        Assert.Matches(@"\d", await office.Locator("#pair-overlap").InnerTextAsync());
        Assert.Matches(@"\d", await office.Locator("#comparison-visits").InnerTextAsync());   // independent draws on the same rules
        Assert.Matches(@"\d", await office.Locator("#merged-visits-rules").InnerTextAsync());  // the bound under the visit rules
        await Screens.TakeAsync(office, "office-draws");
        await office.Locator($"#publish-{id}").ClickAsync();
        await Assertions.Expect(office.Locator($"#draw-{id}")).ToHaveAttributeAsync("data-status", "published");

        // The 公示 page and its xlsx list the drawn enterprises: every one of the list, and the rule's sample.
        using var api = app.Api();
        var record = JsonDocument.Parse(await api.GetStringAsync($"/api/years/{app.Year}/draws/{id}")).RootElement.GetProperty("record");
        var selected = record.GetProperty("strata").EnumerateArray().Where(s => s.GetProperty("department").GetString() == Department)
            .SelectMany(s => s.GetProperty("selected").EnumerateArray().Select(e => e.GetString()!)).ToList();
        Assert.Equal(drawn, selected.Count);
        Assert.Subset(selected.ToHashSet(), List.ToHashSet());
        await office.GotoAsync($"/departments/{Department}/draws/{id}");
        var text = await office.Locator("main").InnerTextAsync();
        Assert.All(selected, e => Assert.Contains(e, text, StringComparison.Ordinal));
        var xlsx = await office.RunAndWaitForDownloadAsync(() => office.Locator("#draw-xlsx").ClickAsync());
        using var temp = new TempFolder();
        var xlsxPath = temp.File("draw.xlsx");
        await xlsx.SaveAsAsync(xlsxPath);
        var cells = MiniExcel.Query(xlsxPath).SelectMany(row => ((IDictionary<string, object>)row).Values).Select(v => v?.ToString()).ToHashSet();
        Assert.All(selected, e => Assert.Contains(e, cells));

        // The office plans the published draw: the run names the draw and plans its needs.
        await office.GotoAsync($"/office/draws?year={app.Year}&id={id}");
        await office.Locator($"#solve-{id}").ClickAsync();
        await office.WaitForURLAsync(RunPage());
        var runId = long.Parse(RunPage().Match(office.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        try
        {
            await Assertions.Expect(office.Locator("#solve-state")).ToHaveAttributeAsync("data-state", "succeeded", new() { Timeout = 240_000 });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"run {runId} did not succeed: {e.Message}\nservice output:\n{app.ServiceOutput}", e);
        }
        var run = JsonDocument.Parse(await api.GetStringAsync($"/api/solves/{runId}")).RootElement;
        Assert.Equal(id, run.GetProperty("draw").GetInt64());
        var plan = JsonDocument.Parse(await api.GetStringAsync($"/api/solves/{runId}/plan")).RootElement;
        var unassigned = plan.TryGetProperty("unassigned", out var u) ? u.EnumerateArray() : default;
        var planned = plan.GetProperty("visits").EnumerateArray().SelectMany(v => v.GetProperty("tasks").EnumerateArray()).Concat(unassigned)
            .Select(t => t.GetProperty("need").GetString()!).Where(n => n.StartsWith("SCJG-R02:", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(List.Select(e => $"SCJG-R02:{e}").ToHashSet(), planned);
        await office.Context.CloseAsync();

        // A fresh replay of the published record from its three files gives the identical draw.
        var dir = temp.File("replay");
        Directory.CreateDirectory(dir);
        foreach (var file in new[] { "draw.json", "register.json", "rules.json" })
            await File.WriteAllBytesAsync(Path.Combine(dir, file), await api.GetByteArrayAsync($"/draws/{id}/{file}"));
        var (exit, output) = CliReplay.Run("draw", "--verify", Path.Combine(dir, "draw.json"), Path.Combine(dir, "register.json"), Path.Combine(dir, "rules.json"));
        Assert.True(exit == 0, output);
        var (drawExit, drawOutput) = CliReplay.Run("draw", Path.Combine(dir, "register.json"), Path.Combine(dir, "rules.json"),
            "--seed", Seed.ToString(CultureInfo.InvariantCulture), "-o", Path.Combine(dir, "fresh"));
        Assert.True(drawExit == 0, drawOutput);
        var fresh = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "fresh", "draw.json"))).RootElement;
        var freshSelected = fresh.GetProperty("strata").EnumerateArray().Where(s => s.GetProperty("department").GetString() == Department)
            .SelectMany(s => s.GetProperty("selected").EnumerateArray().Select(e => e.GetString()!)).ToList();
        Assert.Equal(selected, freshSelected);
    }

    [GeneratedRegex(@"/office/solves/(\d+)$")]
    private static partial Regex RunPage();

    [GeneratedRegex(@"[?&]id=(\d+)")]
    private static partial Regex DrawId();
}

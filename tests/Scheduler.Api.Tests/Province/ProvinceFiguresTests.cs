using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Province;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Tests.Province;

/// <summary>GET /api/province/years/{year}/figures over two counties, one solved: the rows, the verdicts, the totals and the workbook.</summary>
public sealed class ProvinceFiguresTests(TwoCounties platform) : IClassFixture<TwoCounties>
{
    [Fact]
    public async Task Figures_CompareBothCounties_WithTheSolvedCountysStoredFigures()
    {
        await SetTargetsAsync("""{"jointRate": 0, "checksCut": 1, "needsDeadline": "2026-12-31"}""");

        var view = await FiguresAsync();

        var counties = view.GetProperty("counties");
        Assert.Equal([TwoCounties.Solved, TwoCounties.Registered], counties.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        var solved = counties[0];
        var f = platform.RunFigures;
        var departments = Tiny.Departments().Count;
        Assert.Equal(TwoCounties.SolvedName, solved.GetProperty("name").GetString());
        Assert.Equal(platform.RunId, solved.GetProperty("run").GetInt64());
        Assert.Equal($"/api/counties/{TwoCounties.Solved}/solves/{platform.RunId}/plan", solved.GetProperty("plan").GetString());
        Assert.Equal(6, solved.GetProperty("enterprises").GetInt32());
        Assert.Equal(departments, solved.GetProperty("departments").GetInt32());
        Assert.Equal(departments, solved.GetProperty("submitted").GetInt32());
        Assert.Equal(departments, solved.GetProperty("submittedOnTime").GetInt32());
        Assert.True(solved.GetProperty("submissionsMet").GetBoolean());
        foreach (var name in new[] { "visits", "separateVisits", "saved", "unassigned", "departmentVisits" })
            Assert.Equal(f.GetProperty(name).GetInt32(), solved.GetProperty(name).GetInt32());
        Assert.Equal(f.GetProperty("jointRate").GetDouble(), solved.GetProperty("jointRate").GetDouble());
        Assert.Equal((double)f.GetProperty("saved").GetInt32() / f.GetProperty("separateVisits").GetInt32(), solved.GetProperty("checksCut").GetDouble(), 12);
        Assert.Equal(f.GetProperty("unscheduled").GetInt32(), solved.GetProperty("unscheduled").GetInt32());
        // Where the county's staff is short: its staffing price and the departments full on the joint weekdays.
        Assert.Equal(f.GetProperty("staffingPrice").GetInt32(), solved.GetProperty("staffingPrice").GetInt32());
        var full = f.GetProperty("departments").EnumerateArray().Where(d => d.GetProperty("jointTeamDaysPossible").GetInt32() > 0
            && d.GetProperty("jointTeamDays").GetDouble() / d.GetProperty("jointTeamDaysPossible").GetInt32() >= 0.95).Select(d => d.GetProperty("department").GetString());
        Assert.Equal(full, solved.GetProperty("fullDepartments").EnumerateArray().Select(d => d.GetString()));
        // And the departments its left-out visits wait for, most first.
        var waits = f.GetProperty("departments").EnumerateArray().Where(d => d.GetProperty("leftOut").GetInt32() > 0)
            .OrderByDescending(d => d.GetProperty("leftOut").GetInt32()).ThenBy(d => d.GetProperty("department").GetString(), StringComparer.Ordinal)
            .Select(d => d.GetProperty("department").GetString());
        Assert.Equal(waits, solved.GetProperty("leftOutWaitsFor").EnumerateArray().Select(d => d.GetString()));
        var bound = f.TryGetProperty("perEnterpriseBound", out var proved) && proved.ValueKind == JsonValueKind.Number
            ? proved.GetInt32() : f.GetProperty("lowerBound").GetInt32();
        Assert.Equal(bound, solved.GetProperty("bound").GetInt32());
        Assert.Equal((double)f.GetProperty("visits").GetInt32() / bound - 1, solved.GetProperty("gap").GetDouble(), 12);
        // A joint rate target of 0 is met by any plan; a cut of 100% by none that makes any visit.
        Assert.True(solved.GetProperty("jointRateMet").GetBoolean());
        Assert.False(solved.GetProperty("checksCutMet").GetBoolean());

        var registered = counties[1];
        Assert.Equal(6, registered.GetProperty("enterprises").GetInt32());
        Assert.Equal(1, registered.GetProperty("submitted").GetInt32());
        Assert.False(registered.GetProperty("submissionsMet").GetBoolean());
        foreach (var name in new[] { "run", "plan", "visits", "jointRate", "gap", "jointRateMet", "checksCutMet" })
            Assert.Equal(JsonValueKind.Null, registered.GetProperty(name).ValueKind);

        var totals = view.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("counties").GetInt32());
        Assert.Equal(1, totals.GetProperty("planned").GetInt32());
        Assert.Equal(12, totals.GetProperty("enterprises").GetInt32());
        Assert.Equal(departments + 1, totals.GetProperty("submitted").GetInt32());
        Assert.Equal(f.GetProperty("visits").GetInt32(), totals.GetProperty("visits").GetInt32());
        Assert.Equal(1, totals.GetProperty("jointRateMet").GetInt32());
        Assert.Equal(0, totals.GetProperty("checksCutMet").GetInt32());
        Assert.Equal(1, totals.GetProperty("submissionsMet").GetInt32());
    }

    [Fact]
    public async Task Figures_CountSubmissionsLate_WhenTheDeadlinePassedBeforeThem()
    {
        await SetTargetsAsync("""{"jointRate": 0.5, "checksCut": 0.1, "needsDeadline": "2025-01-01"}""");

        var view = await FiguresAsync();

        Assert.All(view.GetProperty("counties").EnumerateArray(), c =>
        {
            Assert.Equal(0, c.GetProperty("submittedOnTime").GetInt32());
            Assert.False(c.GetProperty("submissionsMet").GetBoolean());
        });
        Assert.Equal(0, view.GetProperty("totals").GetProperty("submittedOnTime").GetInt32());
    }

    [Fact]
    public async Task Figures_HaveNoVerdicts_ForAYearWithoutTargets()
    {
        var view = await FiguresAsync(2039);

        Assert.Equal(JsonValueKind.Null, view.GetProperty("targets").ValueKind);
        Assert.All(view.GetProperty("counties").EnumerateArray(), c =>
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty("enterprises").ValueKind);
            Assert.Equal(JsonValueKind.Null, c.GetProperty("jointRateMet").ValueKind);
            Assert.Equal(JsonValueKind.Null, c.GetProperty("submittedOnTime").ValueKind);
        });
    }

    [Fact]
    public async Task Figures_ShowTheBestChangeOfTheCountysLatestFinishedStaffingWhatIf()
    {
        // The solved county's what-ifs of its run, stored as their jobs store them: an older one, then the latest, where
        // Thursday leaves fewer out than SCJG:2 though it makes more visits (left out first), and YJGL:2 was not better.
        var store = platform.Api.Services.GetRequiredService<StaffingWhatIfStore>();
        var current = Row(null, 10, 100, null);
        using (CountyScope.Use(TwoCounties.Solved))
        {
            foreach (var (rows, goal) in new[] { (new[] { current, Row("ZRZY:2", 0, 50, true) }, (double?)null),
                         ([current, Row("SCJG:2", 4, 80, true), Row("Thursday", 1, 90, true), Row("YJGL:2", 0, 120, false)], 40.0) })
            {
                var id = await store.CreateAsync(platform.RunId, [.. rows.Skip(1).Select(r => r.Added!)], false, "test", default, goal);
                Assert.True(await store.CompleteAsync(id!.Value, "succeeded", JsonSerializer.Serialize(rows.ToList(), ApiJsonContext.Default.ListStaffingRow), null));
            }
            // A later one that failed is not what the province reads.
            var failed = await store.CreateAsync(platform.RunId, ["KA:2"], false, "test");
            Assert.True(await store.CompleteAsync(failed!.Value, "failed", null, "boom"));
        }

        var view = await FiguresAsync();

        var solved = view.GetProperty("counties")[0];
        Assert.Equal("Thursday", solved.GetProperty("bestChange").GetString());
        Assert.Equal(90, solved.GetProperty("bestChangeVisits").GetInt32());
        Assert.Equal(1, solved.GetProperty("bestChangeLeftOut").GetInt32());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("counties")[1].GetProperty("bestChange").ValueKind);
        // It sought +40% with nothing left out: YJGL:2 (120 visits against a bound of 90, nothing left out) meets it, though not better.
        Assert.Equal(40, solved.GetProperty("staffingGoal").GetDouble());
        Assert.Equal("YJGL:2", solved.GetProperty("staffingGoalMetBy").GetString());
        Assert.Equal(1, view.GetProperty("totals").GetProperty("staffingGoalSought").GetInt32());
        Assert.Equal(1, view.GetProperty("totals").GetProperty("staffingGoalMet").GetInt32());
        using var pages = Pages(ApiFactory.ProvinceToken);
        var (status, html) = await pages.GetAsync($"/province?year={Tiny.Year}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("测算：Thursday → 90 户次，漏排 1", html);
        Assert.Contains("目标 40%：YJGL:2", html);
        Assert.Contains("1 / 1 县找到达标方案", html);
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);
        using var xlsx = await province.GetAsync($"/api/province/years/{Tiny.Year}/figures?format=xlsx");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var first = stream.Query(useHeaderRow: true, sheetName: ProvinceWorkbook.CountiesSheet).Cast<IDictionary<string, object>>().First();
        Assert.Equal("Thursday", first["增员测算最佳方案 Best staffing change"]);
        Assert.Equal(90, Convert.ToInt32(first["该方案户次 Its visits"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.4, Convert.ToDouble(first["测算目标代价 Staffing goal"], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("YJGL:2", first["达标方案 Change meeting it"]);
    }

    private static StaffingRow Row(string? added, int unscheduled, int visits, bool? better) =>
        new(added, null, null, 0, 10, 0, unscheduled, visits, 90, visits - 90, 0, 0, null, better, added is null ? null : "replanned", null, null);

    [Fact]
    public async Task FiguresXlsx_HasARowPerCounty_AndTheTotals()
    {
        await SetTargetsAsync("""{"jointRate": 0, "checksCut": 1}""");
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        using var response = await province.GetAsync($"/api/province/years/{Tiny.Year}/figures?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"province-{Tiny.Year}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: ProvinceWorkbook.CountiesSheet).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal([TwoCounties.Solved, TwoCounties.Registered, ProvinceWorkbook.TotalsLabel], rows.Select(r => r["代码 Code"]?.ToString()));
        Assert.Equal(TwoCounties.SolvedName, rows[0]["县（市、区）County"]);
        Assert.Equal(platform.RunFigures.GetProperty("visits").GetInt32(), Convert.ToInt32(rows[0]["合并后户次 Visits"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("达标 met", rows[0]["联合检查率达标 Joint target met"]);
        Assert.Equal("未达标 not met", rows[0]["减少比例达标 Cut target met"]);
        Assert.Equal("1/2 达标 met", rows[2]["联合检查率达标 Joint target met"]);
        Assert.Equal(platform.RunFigures.GetProperty("staffingPrice").GetInt32(), Convert.ToInt32(rows[0]["人员约束代价 Staffing price"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("增员测算最佳方案 Best staffing change", rows[0].Keys);
        stream.Position = 0;
        var targets = stream.Query(useHeaderRow: true, sheetName: ProvinceWorkbook.TargetsSheet).Cast<IDictionary<string, object>>().Single();
        Assert.Equal(Tiny.Year, Convert.ToInt32(targets["年度 Year"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Figures_Is400_ForAnUnknownFormatOrYear()
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        using var format = await province.GetAsync($"/api/province/years/{Tiny.Year}/figures?format=pdf");
        using var year = await province.GetAsync("/api/province/years/1999/figures");

        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        Assert.Contains("format", (await Scenario.ErrorsAsync(format)).Keys);
        Assert.Equal(HttpStatusCode.BadRequest, year.StatusCode);
        Assert.Contains("year", (await Scenario.ErrorsAsync(year)).Keys);
    }

    [Fact]
    public async Task Province_ReadsTheSolvedCountysPlan_ThroughTheLinkInItsRow()
    {
        var view = await FiguresAsync();
        var plan = view.GetProperty("counties")[0].GetProperty("plan").GetString()!;
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);

        using var json = await province.GetAsync(plan);
        using var xlsx = await province.GetAsync(plan + "?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ProvincePage_ShowsTheTable_AndAnOfficeIsDenied()
    {
        await SetTargetsAsync("""{"jointRate": 0, "checksCut": 1}""");
        using var province = Pages(ApiFactory.ProvinceToken);
        using var office = Pages(platform.SolvedOffice);

        var (status, html) = await province.GetAsync($"/province?year={Tiny.Year}");
        var (denied, _) = await office.GetAsync("/province");
        var (_, officePage) = await office.GetAsync($"/office/solves?year={Tiny.Year}");

        Assert.True(status == HttpStatusCode.OK, html);
        Assert.Contains($"data-county=\"{TwoCounties.Solved}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-county=\"{TwoCounties.Registered}\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"province-totals\"", html, StringComparison.Ordinal);
        Assert.Contains("✓ 达标", html, StringComparison.Ordinal);
        Assert.Contains("✗ 未达标", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/counties/{TwoCounties.Solved}/solves/{platform.RunId}/plan?format=xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("当前身份：省级", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/province/runs?year={Tiny.Year}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied);
        Assert.Contains($"当前身份：{TwoCounties.SolvedName} 县综合执法办", officePage, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/province\"", officePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvincePage_SavesTheTargets_AndNamesAWrongField()
    {
        using var province = Pages(ApiFactory.ProvinceToken);

        var (_, bad, _) = await province.PostFormAsync("/province?year=2032", "targets",
            [new("TargetsYear", "2032"), new("JointRatePercent", "六十"), new("ChecksCutPercent", "120"), new("NeedsDeadline", "")]);
        var (_, good, _) = await province.PostFormAsync("/province?year=2032", "targets",
            [new("TargetsYear", "2032"), new("JointRatePercent", "60"), new("ChecksCutPercent", "12.5%"), new("NeedsDeadline", "2031-12-31")]);

        Assert.Contains("id=\"target-joint-rate-error\"", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"target-checks-cut-error\"", bad, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"targets-saved\"", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"targets-saved\"", good, StringComparison.Ordinal);
        using var api = platform.Api.Client(ApiFactory.ProvinceToken);
        var stored = await api.GetFromJsonAsync<JsonElement>("/api/province/years/2032/targets");
        Assert.Equal(0.6, stored.GetProperty("jointRate").GetDouble());
        Assert.Equal(0.125, stored.GetProperty("checksCut").GetDouble());
        Assert.Equal("2031-12-31", stored.GetProperty("needsDeadline").GetString());
    }

    private PageClient Pages(string token)
    {
        var client = platform.Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return new PageClient(client);
    }

    private async Task SetTargetsAsync(string body)
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);
        using var put = await province.PutAsync($"/api/province/years/{Tiny.Year}/targets", Scenario.Json(body));
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> FiguresAsync(int? year = null)
    {
        using var province = platform.Api.Client(ApiFactory.ProvinceToken);
        using var response = await province.GetAsync($"/api/province/years/{year ?? Tiny.Year}/figures");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

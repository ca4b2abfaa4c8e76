using System.Net;
using System.Text.Json;
using MiniExcelLibs;

namespace Scheduler.Api.Tests.Records;

/// <summary>
/// A month's results as xlsx: the template (GET /api/solves/{id}/records/template) lists a department's visits of the
/// month; the filled workbook uploaded on the department's records page is stored as a version; a bad one names each
/// sheet cell and stores nothing.
/// </summary>
public sealed class RecordSheetTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>SCJG's first month with visits, and those visits' ids.</summary>
    private async Task<(int Month, List<string> Visits)> OwnMonthAsync()
    {
        var plan = await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/plan");
        var visits = plan.GetProperty("visits").EnumerateArray().ToList();
        int month = visits.Min(v => v.GetProperty("month").GetInt32());
        return (month, [.. visits.Where(v => v.GetProperty("month").GetInt32() == month).Select(v => v.GetProperty("id").GetString()!)]);
    }

    /// <summary>Uploads the workbook on SCJG's records page; the page's HTML.</summary>
    private async Task<string> UploadAsync(int month, byte[] workbook)
    {
        using var pages = year.Pages(Caller.Own);
        var (status, html, _) = await pages.PostFormAsync($"/departments/{SolvedYear.Own}/records?year={Tiny.Year}&month={month}", "records-xlsx", [],
            ("results.xlsx", workbook));
        Assert.True(status == HttpStatusCode.OK, html);
        return html;
    }

    private static byte[] Workbook(IEnumerable<Dictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), sheetName: "结果");
        return stream.ToArray();
    }

    private async Task<int> RecordCountAsync() =>
        (await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/records")).GetProperty("records").GetArrayLength();

    [Fact]
    public async Task Template_ListsTheDepartmentsVisitsOfTheMonth_AndTheFilledWorkbookIsStored()
    {
        var (month, visits) = await OwnMonthAsync();
        using var template = await year.Client(Caller.Own).GetAsync($"/api/solves/{year.RunId}/records/template?month={month}");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal(Xlsx, template.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await template.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "结果").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(visits.Order(StringComparer.Ordinal), rows.Select(r => (string)r["检查编号 Visit"]).Order(StringComparer.Ordinal));

        var date = $"{Tiny.Year}-{month:00}-15";
        var filled = visits.Select((v, i) => new Dictionary<string, object>
        {
            ["检查编号"] = v, ["结果"] = i == 0 ? "未检查" : "已检查", ["日期"] = date, ["未检查原因"] = i == 0 ? "拒绝" : "",
        });
        var saved = await UploadAsync(month, Workbook(filled));
        Assert.Contains("id=\"records-saved\"", saved);
        Assert.DoesNotContain("id=\"records-errors\"", saved);
        var stored = await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/records");
        var records = stored.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(visits.Count, records.Count);
        var refused = records.Single(r => r.GetProperty("visit").GetString() == visits[0]);
        Assert.Equal("notDone", refused.GetProperty("outcome").GetString());
        Assert.Equal("refused", refused.GetProperty("reason").GetString());
        Assert.Equal(month, stored.GetProperty("throughMonth").GetInt32());
    }

    [Fact]
    public async Task BadWorkbook_IsA400NamingEachSheetCell_AndStoresNothing()
    {
        var (month, visits) = await OwnMonthAsync();
        var before = await RecordCountAsync();
        int other = month == 12 ? 11 : month + 1;
        var rows = new[]
        {
            new Dictionary<string, object> { ["检查编号"] = visits[0], ["结果"] = "也许", ["日期"] = $"{Tiny.Year}-{month:00}-15", ["未检查原因"] = "" },
            new Dictionary<string, object> { ["检查编号"] = visits[0], ["结果"] = "已检查", ["日期"] = "十五号", ["未检查原因"] = "" },
        };
        var html = WebUtility.HtmlDecode(await UploadAsync(month, Workbook(rows)));
        Assert.Contains("id=\"records-errors\"", html);
        Assert.Matches("结果!B2: [^<]*也许", html);
        Assert.Matches("结果!C3: [^<]*十五号", html);

        // Read fine, refused by the record checker: a visit the plan does not have, a date outside the visit's month.
        rows =
        [
            new Dictionary<string, object> { ["检查编号"] = "V99999", ["结果"] = "已检查", ["日期"] = $"{Tiny.Year}-{month:00}-15", ["未检查原因"] = "" },
            new Dictionary<string, object> { ["检查编号"] = visits[0], ["结果"] = "已检查", ["日期"] = $"{Tiny.Year}-{other:00}-15", ["未检查原因"] = "" },
        ];
        var checkedHtml = WebUtility.HtmlDecode(await UploadAsync(month, Workbook(rows)));
        Assert.Matches("结果!A2: [^<]*V99999", checkedHtml);
        Assert.Contains("结果!C3: ", checkedHtml);
        Assert.DoesNotContain("id=\"records-saved\"", checkedHtml);
        Assert.Equal(before, await RecordCountAsync());
    }

    [Fact]
    public async Task Template_NamesTheMonth_WhenItIsMissing()
    {
        using var response = await year.Client(Caller.Own).GetAsync($"/api/solves/{year.RunId}/records/template");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Scenario.ErrorsAsync(response)).ContainsKey("month"));
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Scheduler.Api.Register;
using Scheduler.Api.Shared.Uploads;

namespace Scheduler.Api.Tests.Shared.Uploads;

/// <summary>
/// Hostile uploads through the pages: the department's preview and the office's register import answer each with a
/// Chinese message naming the limit (or what is wrong), never a 500, and the preview renders one page of rows at a time.
/// </summary>
public sealed partial class UploadLimitPagesTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<PageClient> DepartmentAsync()
    {
        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Scenario.IssueTokenAsync(api, "SCJG"));
        return new PageClient(client);
    }

    public static TheoryData<string, string> HostileNeedFiles() => new()
    {
        { "columns", "Scheduler:Uploads:MaxColumns" },
        { "rows", "Scheduler:Uploads:MaxRows" },
        { "formula", "公式" },
        { "zips", "压缩包" },
        { "magic", "不是 Excel 表格" },
    };

    /// <summary>A hostile file; <paramref name="sheet"/> names its first sheet (the needs sheet, or a register sheet).</summary>
    private static byte[] File(string kind, string sheet = "需求") => kind switch
    {
        "columns" => HostileFiles.Workbook("<row r=\"1\">" + string.Concat(Enumerable.Range(0, 16_384).Select(c => $"<c r=\"{XlsxWorkbook.ColumnName(c)}1\"><v>1</v></c>")) + "</row>", sheetName: sheet),
        "rows" => HostileFiles.Workbook(HostileFiles.NeedRows(new UploadLimits().MaxRows + 1), sheetName: sheet),
        "formula" => HostileFiles.Workbook(HostileFiles.NeedRows(1) + "<row r=\"3\"><c r=\"C3\"><f>1+1</f><v>2</v></c></row>", sheetName: sheet),
        "zips" => HostileFiles.ZipOfZips(),
        _ => Encoding.ASCII.GetBytes("%PDF-1.7 not a workbook"),
    };

    [Theory]
    [MemberData(nameof(HostileNeedFiles))]
    public async Task DepartmentUpload_ShowsAChineseFileErrorNamingTheLimit_WhenTheFileIsHostile(string kind, string expected)
    {
        using var client = await DepartmentAsync();
        var (status, preview, url) = await client.PostFormAsync($"/departments/SCJG/upload?year={Tiny.Year}", "upload", [], ("needs.xlsx", File(kind)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("upload=", url!.Query, StringComparison.Ordinal);
        var error = FileError().Match(preview);
        Assert.True(error.Success, preview);
        Assert.Contains(expected, WebUtility.HtmlDecode(error.Groups[1].Value), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"upload-preview\"", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"replace-draft\"", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DepartmentUpload_RendersOnePageOfRows_WhenTheFileHasMoreRowsThanAPage()
    {
        using var client = await DepartmentAsync();
        var csv = "企业编号,检查事项编号,每年次数\n" + string.Concat(Enumerable.Range(0, 250).Select(_ => "E1,SCJG-01,1\n"));
        var (_, first, url) = await client.PostFormAsync($"/departments/SCJG/upload?year={Tiny.Year}", "upload", [], ("many.csv", Encoding.UTF8.GetBytes(csv)));
        Assert.Contains("data-rows=\"250\"", first, StringComparison.Ordinal);
        Assert.Equal(100, DataRows().Matches(first).Count);
        Assert.Contains("第 1 / 3 页", first, StringComparison.Ordinal);

        var (status, last) = await client.GetAsync(url!.PathAndQuery + "&page=3");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(50, DataRows().Matches(last).Count);
        Assert.Matches("<tr data-row=\"250\"[^>]*>\\s*<td class=\"num\"[^>]*>251</td>", last); // the sheet's last line (the header is line 1)
    }

    [Theory]
    [InlineData("columns", "Scheduler:Uploads:MaxColumns")]
    [InlineData("formula", "公式")]
    [InlineData("zips", "压缩包")]
    public async Task RegisterImport_ShowsAChineseErrorNamingTheLimit_WhenTheFileIsHostile(string kind, string expected)
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        var path = "/office/register?year=2033";
        var page = await office.GetStringAsync(path);
        var token = Antiforgery().Match(page);
        Assert.True(token.Success, page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("register-import"), "_handler" },
            { new StringContent("2033"), "ImportYear" },
            { new ByteArrayContent(File(kind, RegisterSheets.Townships)), "RegisterFile", "register.xlsx" },
        };
        using var response = await office.PostAsync(path, content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"register-errors\"", html, StringComparison.Ordinal);
        Assert.Contains(expected, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        using var saved = await office.GetAsync("/api/years/2033/register");
        Assert.Equal(HttpStatusCode.NotFound, saved.StatusCode);
    }

    [Theory]
    [InlineData("N\u0000X", "需求编号含有控制字符（U+0000）")]
    [InlineData("N\u0007X", "需求编号含有控制字符（U+0007）")]
    public async Task NeedForm_RefusesTheRowAndStoresNothing_WhenTheIdHoldsAControlCharacter(string id, string expected)
    {
        using var client = await DepartmentAsync();
        List<KeyValuePair<string, string>> fields =
            [new("id", id), new("enterprise", "E1"), new("items", "SCJG-01"), new("times", "1"), new("months", ""), new("gap", ""), new("standalone", "否")];
        var (status, page, url) = await client.PostFormAsync($"/departments/SCJG/needs/new?year={Tiny.Year}", "need", fields);
        // A NUL in a form field is refused by ASP.NET Core itself before the page runs (a 400 saying the antiforgery
        // token is missing: the form does not read); any other control character reaches the row check.
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{status}: {page}");
        Assert.DoesNotContain("done=added", url!.Query, StringComparison.Ordinal);
        if (status == HttpStatusCode.OK) Assert.Contains(expected, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        await using var data = Npgsql.NpgsqlDataSource.Create(api.ConnectionString);
        var draft = await new Scheduler.Data.Stores.NeedDraftStore(new Scheduler.Data.Tenancy.CountyDataSource(data)).GetAsync(Tiny.Year, "SCJG");
        Assert.DoesNotContain(draft?.Rows ?? [], r => r.Id.Contains(id[1]));
    }

    [Fact]
    public async Task NeedForm_RefusesTheRow_WhenTheIdIsLongerThan64Characters()
    {
        using var client = await DepartmentAsync();
        List<KeyValuePair<string, string>> fields =
            [new("id", string.Concat(Enumerable.Repeat("😀", 65))), new("enterprise", "E1"), new("items", "SCJG-01"), new("times", "1"), new("months", ""), new("gap", ""), new("standalone", "否")];
        var (_, page, url) = await client.PostFormAsync($"/departments/SCJG/needs/new?year={Tiny.Year}", "need", fields);
        Assert.DoesNotContain("done=added", url!.Query, StringComparison.Ordinal);
        Assert.Contains("需求编号超过 64 个字符", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"file-error\">([^<]*)<")]
    private static partial Regex FileError();

    [GeneratedRegex("<tr data-row=\"\\d+\"")]
    private static partial Regex DataRows();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using Scheduler.Api.Needs;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Tests.Needs;

/// <summary>The department pages through the real service and PostgreSQL: who may open them, the draft, upload, fix, submit.</summary>
public sealed partial class DepartmentPagesTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static int Year => Tiny.Year;

    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<PageClient> DepartmentAsync(string department) => Pages(await Scenario.IssueTokenAsync(api, department));

    /// <summary>A page client with the bearer token that does not follow redirects on its own (HttpClient would drop the header).</summary>
    private PageClient Pages(string token)
    {
        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return new PageClient(client);
    }

    [Theory]
    [InlineData("/departments/YJGL/needs")]
    [InlineData("/departments/YJGL/needs/new")]
    [InlineData("/departments/YJGL/upload")]
    [InlineData("/departments/YJGL/versions")]
    [InlineData("/departments/YJGL/visits")]
    [InlineData("/departments/YJGL/template.xlsx")]
    public async Task Page_Answers403_WhenAnotherDepartmentOpensIt(string url)
    {
        using var scjg = await DepartmentAsync("SCJG");
        var (status, _) = await scjg.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Theory]
    [InlineData("/departments/SCJG/needs", "needs-table")]
    [InlineData("/departments/SCJG/upload", "upload-file")]
    [InlineData("/departments/SCJG/versions", "versions")]
    [InlineData("/departments/SCJG/visits", "no-plan")]
    public async Task Page_Answers200_WhenTheDepartmentOrTheOfficeOpensIt(string url, string id)
    {
        using var office = Pages(ApiFactory.OfficeToken);
        using var scjg = await DepartmentAsync("SCJG");
        using (var submit = await Scenario.SubmitAsync(api, await Scenario.IssueTokenAsync(api, "SCJG"), Tiny.Needs("SCJG"))) { }
        foreach (var client in new[] { scjg, office })
        {
            var (status, html) = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains($"id=\"{id}", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Template_IsAnXlsxWithDropDowns_WhenTheDepartmentDownloadsIt()
    {
        using var scjg = await DepartmentAsync("SCJG");
        using var response = await scjg.Http.GetAsync("/departments/SCJG/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DepartmentFileEndpoints.Xlsx, response.Content.Headers.ContentType?.MediaType);
        var read = NeedSheetReader.Read(await response.Content.ReadAsByteArrayAsync(), "t.xlsx");
        Assert.Empty(read.FileErrors);
        Assert.Empty(read.Rows);
    }

    [Fact]
    public async Task UploadFixAndSubmit_StoresANewVersion_WhenTwoBadRowsAreFixedAndDeleted()
    {
        using var client = await DepartmentAsync("WHSC");
        var rows = new List<NeedDraftRow>
        {
            new("", "E1 象山丹东海丰酒家", "WHSC-02", "1", "", "", "否"),
            new("", "E999", "WHSC-02", "2", "3,6", "", "否"),          // line 3: unknown enterprise
            new("", "E3", "WHSC-02", "1", "13", "", "否"),            // line 4: month 13
            new("", "E4", "WHSC-02", "1", "3-6", "", ""),
        };
        var register = ContractJson.ReadInstance(Tiny.Register()).Value!;
        var xlsx = NeedTemplate.Write(register, "WHSC", rows);

        var (status, preview, url) = await client.PostFormAsync($"/departments/WHSC/upload?year={Year}", "upload", [], ("needs.xlsx", xlsx));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("upload=", url!.Query, StringComparison.Ordinal);
        Assert.Contains("id=\"upload-preview\"", preview, StringComparison.Ordinal);
        Assert.Equal(2, BadRows().Matches(preview).Count);
        Assert.Contains("第 3 行：企业编号 E999 不在名录中", preview, StringComparison.Ordinal);
        Assert.Contains("第 4 行：可选月份 13 不是 1–12 月", preview, StringComparison.Ordinal);
        Assert.Contains("<td class=\"bad\"", preview, StringComparison.Ordinal);
        Assert.Null(await DraftRowsAsync("WHSC"));

        var (_, needs, needsUrl) = await client.PostFormAsync(url.PathAndQuery, "apply", []);
        Assert.Contains("done=replaced", needsUrl!.Query, StringComparison.Ordinal);
        Assert.Equal(2, BadRows().Matches(needs).Count);
        Assert.Contains("data-bad-rows=\"2\"", needs, StringComparison.Ordinal);
        Assert.Equal(4, (await DraftRowsAsync("WHSC"))!.Count);

        // Submitting now is refused and stores nothing.
        var (_, refused, _) = await client.PostFormAsync($"/departments/WHSC/needs?year={Year}", "submit-draft", []);
        Assert.Contains("id=\"submit-errors\"", refused, StringComparison.Ordinal);

        // Fix line 3 by the form: a bad value first (error shown next to the field, nothing saved), then a good one.
        var editUrl = $"/departments/WHSC/needs/WHSC-N2/edit?row=2&year={Year}";
        var (_, stillBad, _) = await client.PostFormAsync(editUrl, "need", Fields("WHSC-N2", "E2", "WHSC-02", "0", "3,6"));
        Assert.Contains("id=\"err-timesPerYear\"", stillBad, StringComparison.Ordinal);
        Assert.Contains("每年次数必须是 1–12 的整数", stillBad, StringComparison.Ordinal);
        var (_, fixedPage, fixedUrl) = await client.PostFormAsync(editUrl, "need", Fields("WHSC-N2", "E2", "WHSC-02", "2", "3,6"));
        Assert.Contains("done=saved", fixedUrl!.Query, StringComparison.Ordinal);
        Assert.Single(BadRows().Matches(fixedPage));

        // Delete line 4 after the confirmation step.
        var (_, confirm) = await client.GetAsync($"/departments/WHSC/needs/WHSC-N3/delete?row=3&year={Year}");
        Assert.Contains("id=\"confirm-delete\"", confirm, StringComparison.Ordinal);
        var (_, afterDelete, _) = await client.PostFormAsync($"/departments/WHSC/needs/WHSC-N3/delete?row=3&year={Year}", "delete-need", []);
        Assert.Empty(BadRows().Matches(afterDelete));
        Assert.Contains("data-differs=\"true\"", afterDelete, StringComparison.Ordinal);

        var (_, submitted, submittedUrl) = await client.PostFormAsync($"/departments/WHSC/needs?year={Year}", "submit-draft", []);
        Assert.Contains("done=submitted", submittedUrl!.Query, StringComparison.Ordinal);
        Assert.Contains("data-differs=\"false\"", submitted, StringComparison.Ordinal);
        var stored = await client.Http.GetFromJsonAsync<JsonElement>($"/api/years/{Year}/needs");
        var version = stored.GetProperty("submissions")[0];
        Assert.Equal(3, version.GetProperty("needs").GetArrayLength());
        Assert.Equal("E2", version.GetProperty("needs")[1].GetProperty("enterprise").GetString());
        Assert.Equal(2, version.GetProperty("needs")[1].GetProperty("timesPerYear").GetInt32());
        Assert.True(await AuditCountAsync("needs draft%") >= 3);
    }

    [Fact]
    public async Task Upload_KeepsTheFileAndShowsAPlainMessage_WhenTheCsvIsNotUtf8()
    {
        using var client = await DepartmentAsync("YY");
        byte[] gbk = [0xC6, 0xF3, 0xD2, 0xB5, 0xB1, 0xE0, 0xBA, 0xC5, 0x0A]; // "企业编号" in GBK
        var (status, html, _) = await client.PostFormAsync($"/departments/YY/upload?year={Year}", "upload", [], ("needs.csv", gbk));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"file-error\"", html, StringComparison.Ordinal);
        Assert.Contains("UTF-8", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"replace-draft\"", html, StringComparison.Ordinal);
        await using var data = NpgsqlDataSource.Create(api.ConnectionString);
        await using var command = data.CreateCommand("select content from need_uploads where department = 'YY'");
        Assert.Equal(gbk, (byte[])(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Versions_ListsEachVersionWithDownloads_WhenTheDepartmentSubmittedTwice()
    {
        var token = await Scenario.IssueTokenAsync(api, "YJGL");
        using (await Scenario.SubmitAsync(api, token, Tiny.Needs("YJGL"))) { }
        using (await Scenario.SubmitAsync(api, token, Tiny.Needs("YJGL"))) { }
        using var client = Pages(token);
        var (_, html) = await client.GetAsync("/departments/YJGL/versions");
        Assert.Contains("data-version=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("data-version=\"2\"", html, StringComparison.Ordinal);
        var (_, one) = await client.GetAsync("/departments/YJGL/versions?version=1");
        Assert.Contains("id=\"version-needs\"", one, StringComparison.Ordinal);
        using var csv = await client.Http.GetAsync($"/departments/YJGL/versions/1/needs.csv?year={Year}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var read = NeedSheetReader.Read(await csv.Content.ReadAsByteArrayAsync(), "v1.csv");
        Assert.Equal(Tiny.Needs("YJGL")["needs"]!.AsArray().Count, read.Rows.Count);
    }

    private static List<KeyValuePair<string, string>> Fields(string id, string enterprise, string item, string times, string months) =>
        [new("id", id), new("enterprise", enterprise), new("items", item), new("times", times), new("months", months), new("gap", ""), new("standalone", "否")];

    private async Task<IReadOnlyList<NeedDraftRow>?> DraftRowsAsync(string department)
    {
        await using var data = NpgsqlDataSource.Create(api.ConnectionString);
        return (await new NeedDraftStore(new Scheduler.Data.Tenancy.CountyDataSource(data)).GetAsync(Year, department))?.Rows;
    }

    private async Task<long> AuditCountAsync(string like)
    {
        await using var data = NpgsqlDataSource.Create(api.ConnectionString);
        await using var command = data.CreateCommand("select count(*) from audit where what like $1");
        command.Parameters.AddWithValue(like);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex("<tr data-row=\"\\d+\" data-need=\"[^\"]*\" class=\"bad\"")]
    private static partial Regex BadRows();
}

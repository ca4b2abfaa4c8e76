using System.Net;
using System.Text;
using Npgsql;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Tests.Needs;

/// <summary>
/// A department's forms posted to another department's pages (with a valid antiforgery token of its own) change nothing:
/// refused (the denied page renders no form, so the framework finds no handler for the post: 400), no draft row, no
/// upload kept, no version, no audit row for the other department.
/// </summary>
public sealed class CrossDepartmentFormTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static int Year => Tiny.Year;

    public Task InitializeAsync() => Scenario.RegisterTinyAsync(api);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task NeedForm_IsRefusedAndSavesNothing_WhenAnotherDepartmentPostsIt()
    {
        using var scjg = await PagesAsync("SCJG");

        var (status, _, _) = await scjg.PostFormAsync($"/departments/YJGL/needs/new?year={Year}", "need", Fields);

        AssertRefused(status);
        Assert.Null(await DraftRowsAsync("YJGL"));
        Assert.Equal(0, await AuditCountAsync("YJGL"));

        // The same post by YJGL itself is saved: the refusal above is about who posted, not a malformed form.
        using var yjgl = await PagesAsync("YJGL");
        var (own, _, _) = await yjgl.PostFormAsync($"/departments/YJGL/needs/new?year={Year}", "need", Fields);
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Contains(await DraftRowsAsync("YJGL") ?? [], r => r.Id == "X1");
    }

    [Fact]
    public async Task SubmitForm_IsRefusedAndStoresNoVersion_WhenAnotherDepartmentPostsIt()
    {
        using var scjg = await PagesAsync("SCJG");

        var (status, _, _) = await scjg.PostFormAsync($"/departments/YJGL/needs?year={Year}", "submit-draft", []);

        AssertRefused(status);
        await using var data = NpgsqlDataSource.Create(api.ConnectionString);
        Assert.Null(await new NeedStore(new Scheduler.Data.Tenancy.CountyDataSource(data)).GetAsync(Year, "YJGL", null));
    }

    [Fact]
    public async Task UploadForm_IsRefusedAndKeepsNoFile_WhenAnotherDepartmentPostsIt()
    {
        using var scjg = await PagesAsync("SCJG");
        var csv = Encoding.UTF8.GetBytes("企业编号,检查事项编号,每年次数\nE1,YJGL-01,1\n");

        var (status, _, _) = await scjg.PostFormAsync($"/departments/YJGL/upload?year={Year}", "upload", [], ("needs.csv", csv));

        AssertRefused(status);
        await using var data = NpgsqlDataSource.Create(api.ConnectionString);
        await using var command = data.CreateCommand("select count(*) from need_uploads where department = 'YJGL'");
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    private static readonly KeyValuePair<string, string>[] Fields =
        [new("id", "X1"), new("enterprise", "E1"), new("items", "YJGL-01"), new("times", "1"), new("months", ""), new("gap", ""), new("standalone", "否")];

    private static void AssertRefused(HttpStatusCode status) =>
        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"expected 400 or 403, got {(int)status}");

    private async Task<PageClient> PagesAsync(string department)
    {
        var token = await Scenario.IssueTokenAsync(api, department);
        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return new PageClient(client);
    }

    private async Task<IReadOnlyList<NeedDraftRow>?> DraftRowsAsync(string department)
    {
        await using var data = NpgsqlDataSource.Create(api.ConnectionString);
        return (await new NeedDraftStore(new Scheduler.Data.Tenancy.CountyDataSource(data)).GetAsync(Year, department))?.Rows;
    }

    /// <summary>Audit rows about the department's needs (drafts, uploads, submissions).</summary>
    private async Task<long> AuditCountAsync(string department)
    {
        await using var data = NpgsqlDataSource.Create(api.ConnectionString);
        await using var command = data.CreateCommand("select count(*) from audit where what like 'need%' and detail::text like $1");
        command.Parameters.AddWithValue($"%{department}%");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

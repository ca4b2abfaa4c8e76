using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scheduler.Api.Register;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Tests;

/// <summary>The office's pages through the factory's client: who may open them, the register import, a solve started from the page.</summary>
public sealed partial class OfficePagesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AnUnknownSolve_IsA404Page_NotAServerError()
    {
        await Scenario.RegisterTinyAsync(api);
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync("/office/solves/987654321");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/office/register")]
    [InlineData("/office/register?tab=inspectors&q=I0")]
    [InlineData("/office/register?tab=capacities")]
    [InlineData("/office/register?tab=calendar")]
    [InlineData("/office/register?tab=townships")]
    [InlineData("/office/register?tab=departments")]
    [InlineData("/office/register?tab=items")]
    [InlineData("/office/submissions")]
    [InlineData("/office/solves")]
    [InlineData("/office/downloads")]
    public async Task OfficePage_Answers200WithOneHeading_WhenTheOfficeAsks(string path)
    {
        await Scenario.RegisterTinyAsync(api);
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.Contains("<title>", html);
    }

    [Theory]
    [InlineData("/office/register")]
    [InlineData("/office/submissions")]
    [InlineData("/office/solves")]
    [InlineData("/office/downloads")]
    [InlineData("/office/register.xlsx")]
    public async Task OfficePage_IsRefused_WhenADepartmentAsks(string path)
    {
        var token = await Scenario.IssueTokenAsync(api, "SCJG");
        using var client = api.Client(token);
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.RequestMessage!.RequestUri!.AbsolutePath == "/denied",
            $"{(int)response.StatusCode} at {response.RequestMessage!.RequestUri}");
    }

    [Fact]
    public async Task RegisterImport_SavesTheRegister_WhenTheWorkbookIsValid()
    {
        var register = ContractJson.ReadInstance(Tiny.Register()).Value! with { Year = 2031, Calendar = new() };
        using var office = api.Client(ApiFactory.OfficeToken);
        var html = await PostFormAsync(office, "/office/register?year=2031", "register-import",
            new() { ["ImportYear"] = "2031" }, ("RegisterFile", "register-2031.xlsx", RegisterWorkbook.Write(register)));
        Assert.True(html.Contains("id=\"register-saved\""), Regex.Match(html, "<main.*</main>", RegexOptions.Singleline).Value);
        Assert.Contains("register-2031.xlsx", html); // the kept upload is listed

        var saved = await office.GetStringAsync("/api/years/2031/register");
        Assert.Equal(ContractJson.Write(register), ContractJson.Write(ContractJson.ReadInstance(saved).Value!));
        using var download = await office.GetAsync("/office/register.xlsx?year=2031");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Empty(RegisterWorkbook.Read(await download.Content.ReadAsByteArrayAsync()).Errors);
    }

    [Fact]
    public async Task RegisterImport_MarksTheBadCellAndSavesNothing_WhenAnEnterpriseNamesAnUnknownTownship()
    {
        var register = ContractJson.ReadInstance(Tiny.Register()).Value!;
        register = register with { Year = 2032, Calendar = new(), Enterprises = [.. register.Enterprises.Select((e, i) => i == 1 ? e with { Township = "T99" } : e)] };
        using var office = api.Client(ApiFactory.OfficeToken);
        var html = await PostFormAsync(office, "/office/register?year=2032", "register-import",
            new() { ["ImportYear"] = "2032" }, ("RegisterFile", "bad.xlsx", RegisterWorkbook.Write(register)));
        Assert.Contains("id=\"register-errors\"", html);
        Assert.Contains("data-sheet=\"企业\" data-row=\"3\" data-column=\"乡镇\"", html);
        Assert.Contains("T99", html);
        using var saved = await office.GetAsync("/api/years/2032/register");
        Assert.Equal(HttpStatusCode.NotFound, saved.StatusCode);
    }

    [SkippableFact]
    public async Task StartSolve_ThroughThePage_RunsASolveTheApiAndDownloadsShow()
    {
        await Scenario.RegisterTinyAsync(api);
        foreach (var department in Tiny.Departments())
        {
            using var submitted = await Scenario.SubmitAsync(api, await Scenario.IssueTokenAsync(api, department), Tiny.Needs(department));
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }
        using var office = api.Client(ApiFactory.OfficeToken);
        // No automatic redirects: HttpClient drops the bearer header when it follows one (a browser keeps its cookie).
        using var noRedirect = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        noRedirect.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiFactory.OfficeToken);
        using var posted = await PostAsync(noRedirect, $"/office/solves?year={Tiny.Year}", "solve-start", new(), null);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!;
        var match = SolvePath().Match(location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
        Assert.True(match.Success, location.ToString());
        var page = await office.GetStringAsync(location);
        Assert.Contains("id=\"solve-progress\"", page);
        Assert.Contains("id=\"solve-state\"", page);
        var id = match.Groups[1].Value;

        var deadline = DateTime.UtcNow.AddMinutes(2);
        JsonElement run;
        while (true)
        {
            run = await office.GetFromJsonAsync<JsonElement>($"/api/solves/{id}");
            if (run.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled") break;
            Assert.True(DateTime.UtcNow < deadline, run.ToString());
            await Task.Delay(200);
        }
        Assert.Equal("succeeded", run.GetProperty("state").GetString());

        var done = await office.GetStringAsync($"/office/solves/{id}");
        Assert.Contains("data-state=\"succeeded\"", done);
        Assert.Contains($"href=\"/office?run={id}\"", done);
        var downloads = await office.GetStringAsync($"/office/downloads?run={id}");
        Assert.Contains($"/office/downloads/{id}/all.zip", downloads);
        using var zip = new ZipArchive(new MemoryStream(await office.GetByteArrayAsync($"/office/downloads/{id}/all.zip")));
        Assert.Contains(zip.Entries, e => e.FullName == "plan.json");
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("officers/", StringComparison.Ordinal) && e.FullName.EndsWith(".ics", StringComparison.Ordinal));
        using var json = await office.GetAsync($"/office/downloads/{id}/plan.json");
        Assert.NotNull(ContractJson.ReadAnnualPlan(await json.Content.ReadAsStringAsync()).Value);
    }

    [Fact]
    public async Task StartSolve_NamesTheDepartmentsNeed_WhenTheRegisterNoLongerHasItsCheckItem()
    {
        const int year = 2034;
        var register = ContractJson.ReadInstance(Tiny.Register()).Value! with { Year = year, Calendar = new() };
        using var office = api.Client(ApiFactory.OfficeToken);
        using (var put = await office.PutAsync($"/api/years/{year}/register", Scenario.Json(ContractJson.Write(register))))
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        using (var department = api.Client(await Scenario.IssueTokenAsync(api, "SCJG")))
        using (var submit = await department.PutAsync($"/api/years/{year}/needs", Scenario.Json(Tiny.Needs("SCJG").ToJsonString())))
            Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var without = register with { CheckItems = [.. register.CheckItems.Where(c => c.Department != "SCJG")] };
        using (var put = await office.PutAsync($"/api/years/{year}/register", Scenario.Json(ContractJson.Write(without))))
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var html = await PostFormAsync(office, $"/office/solves?year={year}", "solve-start", new(), null);
        Assert.Contains("id=\"solve-errors\"", html);
        Assert.Contains("部门「SCJG」的需求", html);
    }

    private static async Task<string> PostFormAsync(HttpClient client, string path, string form, Dictionary<string, string> fields,
        (string Name, string FileName, byte[] Content)? file)
    {
        using var response = await PostAsync(client, path, form, fields, file);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }

    /// <summary>GETs the page for its antiforgery token, then posts the named form as multipart (the caller disposes the response).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string form, Dictionary<string, string> fields,
        (string Name, string FileName, byte[] Content)? file)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent(form), "_handler" },
        };
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        if (file is { } f) content.Add(new ByteArrayContent(f.Content), f.Name, f.FileName);
        return await client.PostAsync(path, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"^/office/solves/(\d+)$")]
    private static partial Regex SolvePath();
}

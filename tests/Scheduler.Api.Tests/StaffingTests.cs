using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scheduler.Api.Tests;

/// <summary>The staffing check in the service: GET /api/years/{year}/staffing and the instance's Staffing-Warnings header.</summary>
public sealed class StaffingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task GetStaffing_NamesTheDepartmentAndCountsItOnTheInstance_WhenADepartmentHasOneOfficer()
    {
        // Tiny, with YJGL down to one officer: none of its visits can be staffed.
        var register = JsonNode.Parse(Tiny.Register())!.AsObject();
        var inspectors = register["inspectors"]!.AsArray();
        var yjgl = inspectors.Where(i => (string)i!["department"]! == "YJGL").Skip(1).ToList();
        foreach (var officer in yjgl) inspectors.Remove(officer);
        using var office = api.Client(ApiFactory.OfficeToken);
        using (var saved = await office.PutAsync($"/api/years/{Tiny.Year}/register", Scenario.Json(register.ToJsonString())))
            Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        foreach (var department in Tiny.Departments())
        {
            var token = await Scenario.IssueTokenAsync(api, department);
            using var submitted = await Scenario.SubmitAsync(api, token, Tiny.Needs(department));
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        }

        var report = await office.GetFromJsonAsync<JsonElement>($"/api/years/{Tiny.Year}/staffing");
        var findings = report.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(findings.Count, report.GetProperty("count").GetInt32());
        Assert.Contains(findings, f => f.GetProperty("department").GetString() == "YJGL" && f.GetProperty("kind").GetString() == "officers"
            && f.GetProperty("available").GetInt32() == 1 && f.GetProperty("message").GetString()!.Length > 0);

        using var instance = await office.GetAsync($"/api/years/{Tiny.Year}/instance");
        Assert.Equal(HttpStatusCode.OK, instance.StatusCode);
        Assert.Equal(findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single(instance.Headers.GetValues("Staffing-Warnings")));

        // The register page lists the same warnings.
        var html = await office.GetStringAsync($"/office/register?year={Tiny.Year}");
        Assert.Contains($"id=\"register-staffing\" aria-labelledby=\"staffing-heading\" data-count=\"{findings.Count}\"", html);
        Assert.Contains("data-department=\"YJGL\"", html);
        Assert.Contains("人员核查", html);
    }

    [Fact]
    public async Task GetStaffing_Answers404_WhenTheYearHasNoRegister()
    {
        using var office = api.Client(ApiFactory.OfficeToken);
        using var response = await office.GetAsync("/api/years/1999/staffing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

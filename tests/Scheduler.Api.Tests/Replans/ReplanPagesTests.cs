using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Scheduler.Api.Tests.Replans;

/// <summary>The pages of a replan: the office replans from a solve's page, the diff page lists the moves, a department sees its own.</summary>
public sealed partial class ReplanPagesTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    /// <summary>Records the first visit of February not done (throughMonth 2) and returns its id.</summary>
    private async Task<string> RecordNotDoneAsync()
    {
        var plan = await year.GetJsonAsync(Caller.Office, $"/api/solves/{year.RunId}/plan");
        var visit = plan.GetProperty("visits").EnumerateArray().First(v => v.GetProperty("month").GetInt32() == 2).GetProperty("id").GetString()!;
        var body = new JsonObject
        {
            ["year"] = Tiny.Year, ["throughMonth"] = 2,
            ["records"] = new JsonArray(new JsonObject { ["visit"] = visit, ["outcome"] = "notDone", ["reason"] = "notFound" }),
        };
        using var put = await year.Client(Caller.Office).PutAsync($"/api/solves/{year.RunId}/records", Scenario.Json(body.ToJsonString()));
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        return visit;
    }

    [Fact]
    public async Task Office_ReplansFromTheSolvePage_TheDiffPageListsTheMoves_AndADepartmentSeesItsOwn()
    {
        var visit = await RecordNotDoneAsync();
        using var office = year.Pages(Caller.Office);
        var (status, html, final) = await office.PostFormAsync($"/office/solves/{year.RunId}", "replan", [new("From", "3")]);
        Assert.True(status == HttpStatusCode.OK, html);
        var id = long.Parse(RunId().Match(final!.AbsolutePath).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(year.RunId, id);
        var run = await Scenario.PollAsync(year.Client(Caller.Office), $"/api/solves/{id}");
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());

        var (diffStatus, diff) = await office.GetAsync($"/office/solves/{id}/diff");
        Assert.Equal(HttpStatusCode.OK, diffStatus);
        Assert.Contains("id=\"diff-moves\"", diff);
        Assert.Contains(visit, diff);
        Assert.Contains("3 月（已发布）", diff);

        var (filteredStatus, filtered) = await office.GetAsync($"/office/solves/{id}/diff?change=added&month=13");
        Assert.Equal(HttpStatusCode.OK, filteredStatus);
        Assert.Contains("id=\"diff-filter-errors\"", filtered);
        Assert.Contains("month must be 1-12", filtered);
        Assert.Contains("change=added", filtered);

        using var own = year.Pages(Caller.Own);
        var (ownStatus, ownHtml) = await own.GetAsync($"/departments/{SolvedYear.Own}/changes?year={Tiny.Year}");
        Assert.Equal(HttpStatusCode.OK, ownStatus);
        Assert.Contains("id=\"diff-source\"", ownHtml);
        Assert.All(Department().Matches(ownHtml), m => Assert.Equal(SolvedYear.Own, m.Groups[1].Value));
    }

    [Fact]
    public async Task Office_IsToldTheField_WhenItReplansFromARecordedMonth()
    {
        await RecordNotDoneAsync();
        var before = (await year.GetJsonAsync(Caller.Office, $"/api/years/{Tiny.Year}/solves")).GetProperty("runs").GetArrayLength();
        using var office = year.Pages(Caller.Office);
        var (status, html, _) = await office.PostFormAsync($"/office/solves/{year.RunId}", "replan", [new("From", "1")]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"replan-errors\"", html);
        Assert.Equal(before, (await year.GetJsonAsync(Caller.Office, $"/api/years/{Tiny.Year}/solves")).GetProperty("runs").GetArrayLength());
    }

    [GeneratedRegex(@"/office/solves/(\d+)$")]
    private static partial Regex RunId();

    [GeneratedRegex("data-department=\"([^\"]+)\"")]
    private static partial Regex Department();
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Scheduler.Web.Tests;

/// <summary>
/// The year moves on: a department marks its January visits on the quick-marks page (one done, one joint visit not
/// done), the office replans from February on the solve's page, the diff page lists what moved and why, and the
/// department's changes page shows its own part only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReplanFlowTests(WebApp app)
{
    [Fact]
    public async Task DepartmentMarks_OfficeReplans_DiffListsTheMoves_DepartmentSeesItsOwnPart()
    {
        var runId = await app.SolveAsync();
        var (department, missed, done) = await PickVisitsAsync(runId);

        // The department marks January: one visit done on its date, a joint visit not done (refused).
        var dept = await app.SignedInAsync(app.TokenOf(department));
        await dept.GotoAsync($"/departments/{department}/records?year={app.Year}&month=1");
        Assert.Contains(runId.ToString(System.Globalization.CultureInfo.InvariantCulture), await dept.Locator("#plan-source").InnerTextAsync(),
            StringComparison.Ordinal);
        await dept.Locator($"tr[data-visit='{done.Id}'] select[name='outcome.{done.Id}']").SelectOptionAsync("done");
        await dept.Locator($"tr[data-visit='{missed.Id}'] select[name='outcome.{missed.Id}']").SelectOptionAsync("notDone");
        await dept.Locator($"tr[data-visit='{missed.Id}'] select[name='reason.{missed.Id}']").SelectOptionAsync("refused");
        await dept.Locator($"tr[data-visit='{missed.Id}'] input[name='note.{missed.Id}']").FillAsync("企业拒绝检查");
        await dept.Locator("#records-save").ClickAsync();
        await dept.Locator("#records-saved").WaitForAsync();
        Assert.Equal(0, await dept.Locator("#records-errors").CountAsync());
        Assert.Contains("已检查", await dept.Locator($"tr[data-visit='{done.Id}'] .record-state").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("拒绝检查", await dept.Locator($"tr[data-visit='{missed.Id}'] .record-state").InnerTextAsync(), StringComparison.Ordinal);
        await Screens.TakeAsync(dept, "department-records");

        // The office replans from February on the solve's page and follows the new run to its end.
        var office = await app.SignedInAsync(WebApp.OfficeToken);
        await office.GotoAsync($"/office/solves/{runId}");
        await office.Locator("#replan-from").SelectOptionAsync("2");
        await office.Locator("#replan-start").ClickAsync();
        await office.WaitForURLAsync(url => RunPage().Match(url) is { Success: true } m && m.Groups[1].Value != runId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var replanId = long.Parse(RunPage().Match(office.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            await Assertions.Expect(office.Locator("#solve-state")).ToHaveAttributeAsync("data-state", "succeeded", new() { Timeout = 240_000 });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"replan {replanId} did not succeed: {e.Message}\nservice output:\n{app.ServiceOutput}", e);
        }

        // The diff page, reached from the replan's page, lists the missed visit's occurrences with its cause.
        await office.GotoAsync($"/office/solves/{replanId}");
        await office.Locator("#replan-diff").ClickAsync();
        await office.WaitForURLAsync(url => url.EndsWith($"/office/solves/{replanId}/diff", StringComparison.Ordinal));
        var missedRows = office.Locator($"#diff-moves tr[data-enterprise='{missed.Enterprise}']");
        Assert.True(await missedRows.CountAsync() >= missed.Needs.Count, "every occurrence of the visit not done is listed");
        Assert.Contains($"visit {missed.Id} of month 1 not done (refused)", await missedRows.First.InnerTextAsync(), StringComparison.Ordinal);
        var others = missed.Departments.Where(d => d != department).ToList();
        foreach (var other in others)
            Assert.Equal(1, await office.Locator($"#diff-departments tr[data-department='{other}']").CountAsync());
        await Screens.TakeAsync(office, "office-replan-diff");

        // What if an enterprise with a visit from March on closed for the rest of the year? Asked from the replan's page.
        string closing;
        using (var api = app.Api())
        {
            var replanned = JsonDocument.Parse(await api.GetStringAsync($"/api/solves/{replanId}/plan")).RootElement;
            closing = replanned.GetProperty("visits").EnumerateArray().First(v => v.GetProperty("month").GetInt32() >= 3)
                .GetProperty("enterprise").GetString()!;
        }
        await office.GotoAsync($"/office/solves/{replanId}");
        await office.Locator("#whatif-link").ClickAsync();
        await office.WaitForURLAsync(url => url.EndsWith($"/office/solves/{replanId}/whatif", StringComparison.Ordinal));
        await office.Locator("input[name=kind][value=close]").CheckAsync();
        await office.Locator("#w-enterprise").FillAsync(closing);
        await office.Locator("#w-months").FillAsync("3-12");
        await office.Locator("#whatif-ask").ClickAsync();
        await office.Locator("#whatif-answer").WaitForAsync();
        Assert.Equal(0, await office.Locator("#whatif-errors").CountAsync());
        Assert.Matches(@"\d+ → \d+", await office.Locator("#whatif-visits").InnerTextAsync());
        Assert.True(await office.Locator($"#diff-moves tr[data-enterprise='{closing}']").CountAsync() >= 1,
            "closing the enterprise for the rest of the year changes its occurrences");
        await Screens.TakeAsync(office, "office-whatif");
        await office.GotoAsync($"/office/solves/{replanId}/diff");

        // The office's department filter keeps that department's rows only.
        await office.Locator("#department").SelectOptionAsync(department);
        await office.Locator("#diff-filter button[type=submit]").ClickAsync();
        await office.WaitForURLAsync(url => url.Contains($"department={department}", StringComparison.Ordinal));
        await AssertOnlyAsync(office, department, missed);

        // The department sees its own changes, and only its own.
        await dept.GotoAsync($"/departments/{department}/changes?year={app.Year}");
        Assert.Contains(replanId.ToString(System.Globalization.CultureInfo.InvariantCulture), await dept.Locator("#diff-source").InnerTextAsync(),
            StringComparison.Ordinal);
        await AssertOnlyAsync(dept, department, missed);
        await Screens.TakeAsync(dept, "department-changes");
        await dept.Context.CloseAsync();
        await office.Context.CloseAsync();
    }

    /// <summary>The moves table lists the missed visit's occurrences of <paramref name="department"/> and no other department's.</summary>
    private static async Task AssertOnlyAsync(IPage page, string department, PlannedVisit missed)
    {
        var rows = page.Locator("#diff-moves tbody tr");
        Assert.True(await rows.CountAsync() >= 1, "the department's part has changes");
        var shown = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.children[2].textContent.trim())");
        Assert.All(shown, d => Assert.Equal(department, d));
        var ownNeeds = await page.Locator($"#diff-moves tr[data-enterprise='{missed.Enterprise}']").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => r.dataset.need)");
        Assert.Contains(ownNeeds, n => missed.OwnNeeds.Contains(n));
        Assert.DoesNotContain(ownNeeds, n => !missed.OwnNeeds.Contains(n) && missed.Needs.Contains(n));
        var departments = await page.Locator("#diff-departments tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.department)");
        Assert.Equal([department], departments);
    }

    /// <summary>
    /// A department (not the uploading one) with at least two January visits, one of them joint with another
    /// department: that joint visit is the one missed, another of its visits the one done.
    /// </summary>
    private async Task<(string Department, PlannedVisit Missed, PlannedVisit Done)> PickVisitsAsync(long runId)
    {
        var departmentOf = app.Sample["needs"]!.AsArray().ToDictionary(n => (string)n!["id"]!, n => (string)n!["department"]!, StringComparer.Ordinal);
        using var office = app.Api();
        var plan = JsonDocument.Parse(await office.GetStringAsync($"/api/solves/{runId}/plan")).RootElement;
        var january = plan.GetProperty("visits").EnumerateArray().Where(v => v.GetProperty("month").GetInt32() == 1)
            .Select(v => new PlannedVisit(v.GetProperty("id").GetString()!, v.GetProperty("enterprise").GetString()!,
                [.. v.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("need").GetString()!)], departmentOf))
            .ToList();
        foreach (var department in app.Departments.Where(d => d != WebApp.UploadingDepartment))
        {
            var ours = january.Where(v => v.Departments.Contains(department)).ToList();
            var joint = ours.FirstOrDefault(v => v.Departments.Count >= 2);
            var other = ours.FirstOrDefault(v => v != joint);
            if (joint is not null && other is not null) return (department, joint with { Department = department }, other);
        }
        throw new InvalidOperationException($"solve {runId} has no department with two January visits, one of them joint");
    }

    /// <summary>A visit of the plan: its needs and their departments; <see cref="OwnNeeds"/> those of <see cref="Department"/>.</summary>
    private sealed record PlannedVisit(string Id, string Enterprise, IReadOnlyList<string> Needs, IReadOnlyDictionary<string, string> DepartmentOf)
    {
        public string? Department { get; init; }

        public IReadOnlyList<string> Departments => [.. Needs.Select(n => DepartmentOf[n]).Distinct(StringComparer.Ordinal)];

        public IReadOnlyList<string> OwnNeeds => [.. Needs.Where(n => DepartmentOf[n] == Department)];
    }

    [GeneratedRegex(@"/office/solves/(\d+)$")]
    private static partial Regex RunPage();
}

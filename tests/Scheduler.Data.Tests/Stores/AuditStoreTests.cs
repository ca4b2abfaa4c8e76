using System.Text.Json.Nodes;
using Scheduler.Data.Stores;

namespace Scheduler.Data.Tests.Stores;

/// <summary>
/// Every audited write reads back through <see cref="AuditStore"/> with its who, what and detail: the detail keys are
/// the ones reports and queries rely on (e.g. detail ->> 'run').
/// </summary>
public sealed class AuditStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private const int Year = 2026;

    [Fact]
    public async Task LatestAsync_ReadsBackEachWriteWithItsDetail_NewestFirst()
    {
        var data = await db.MigratedAsync();
        var expected = new List<(string Who, string What, string? Detail)>();

        var register = await new RegisterStore(data).ImportAsync(Year, "r.xlsx", [1], Samples.TinyRegister(Year), 0, "office#1");
        expected.Add(("office#1", "register saved", $$"""{"year":{{Year}},"version":1}"""));
        var needs = await new NeedStore(data).SubmitAsync(Year, "SCJG", [], "dept#2");
        expected.Add(("dept#2", "needs submitted", $$"""{"year":{{Year}},"department":"SCJG","version":1,"needs":0}"""));
        await new RuleStore(data).SubmitAsync(Year, "YY", "{}", 3, "dept#3");
        expected.Add(("dept#3", "rules submitted", $$"""{"year":{{Year}},"department":"YY","version":1,"rules":3}"""));
        var ruleUpload = await new RuleStore(data).AddUploadAsync(Year, "YY", "r.xlsx", [1, 2, 3], 1, "dept#3");
        expected.Add(("dept#3", "rules file uploaded", $$"""{"year":{{Year}},"department":"YY","upload":{{ruleUpload}},"file":"r.xlsx","bytes":3,"errors":1}"""));

        var runs = new SolveRunStore(data);
        var run = await runs.CreateAsync(Year, "{}", "office#1");
        expected.Add(("office#1", "solve requested", $$"""{"run":{{run}},"year":{{Year}}}"""));
        var rerun = (await runs.RerunAsync(run, "office#1"))!.Value;
        expected.Add(("office#1", "solve requested", $$"""{"run":{{rerun}},"year":{{Year}},"rerunOf":{{run}}}"""));
        await runs.RequestCancelAsync(rerun, "office#1");
        expected.Add(("office#1", "solve cancel requested", $$"""{"run":{{rerun}}}"""));
        await runs.CompleteAsync(run, "succeeded", "{}", "{}", null, null);
        expected.Add(("solver", SolveRunStore.StoredAudit, $$"""{"run":{{run}},"state":"succeeded","plan":true,"attempts":0}"""));

        var records = new RecordStore(data);
        await records.AddAsync(run, null, "[]", 0, "office#1");
        expected.Add(("office#1", RecordStore.Audit, $$"""{"run":{{run}},"version":1,"records":0}"""));
        await records.AddAsync(run, "YY", "[]", 2, "dept#3");
        expected.Add(("dept#3", RecordStore.Audit, $$"""{"run":{{run}},"version":2,"records":2,"department":"YY"}"""));
        var replan = await new ReplanRunStore(data).CreateAsync(Year, "{}", SolveSettings.Default, new ReplanInputs(run, 4, "[]"), "office#1");
        expected.Add(("office#1", "replan requested", $$"""{"run":{{replan}},"year":{{Year}},"replaces":{{run}},"from":4}"""));

        var tokens = new TokenStore(data);
        await tokens.SeedOfficeAsync("seeded-office-token");
        var seeded = (await tokens.ListAsync()).Single().Id;
        expected.Add(("configuration", "office token seeded", $$"""{"id":{{seeded}}}"""));
        await tokens.IssueAsync("YY", "office#1");
        var issued = (await tokens.ListAsync()).Single(t => t.Department == "YY").Id;
        expected.Add(("office#1", "token issued", $$"""{"id":{{issued}},"role":"department","department":"YY"}"""));
        await tokens.IssueAsync(null, "office#1");
        var office = (await tokens.ListAsync()).Where(t => t.Department is null).Max(t => t.Id);
        expected.Add(("office#1", "token issued", $$"""{"id":{{office}},"role":"office","department":null}"""));
        await tokens.RevokeAsync(issued, "office#1");
        expected.Add(("office#1", "token revoked", $$"""{"id":{{issued}},"role":"department","department":"YY"}"""));

        var draws = new DrawStore(data);
        var draw = await draws.AddAsync(Year, 42, "random", null, register.Version!.Version, "{}", "{}", "office#1");
        expected.Add(("office#1", "draw stored", $$"""{"year":{{Year}},"draw":{{draw.Id}},"version":1,"seed":42}"""));
        await draws.PublishAsync(draw.Id, "office#1");
        expected.Add(("office#1", "draw published", $$"""{"draw":{{draw.Id}}}"""));
        var drawRun = await runs.CreateAsync(Year, "{}", SolveSettings.Default, draw.Id, "office#1");
        expected.Add(("office#1", "solve requested", $$"""{"run":{{drawRun}},"year":{{Year}},"draw":{{draw.Id}}}"""));

        var drafts = new NeedDraftStore(data);
        await drafts.SaveAsync(Year, "YY", needs.Version, [new("N1", "E1", "YY-01", "1", "", "", "")], "dept#3", "needs draft row added", need: "N1");
        expected.Add(("dept#3", "needs draft row added", $$"""{"year":{{Year}},"department":"YY","rows":1,"need":"N1"}"""));
        var upload = await drafts.AddUploadAsync(Year, "YY", "n.csv", "text/csv", [1, 2], "dept#3");
        expected.Add(("dept#3", "needs file uploaded", $$"""{"year":{{Year}},"department":"YY","upload":{{upload}},"file":"n.csv","bytes":2}"""));
        await drafts.ApplyUploadAsync(upload, null, [], "dept#3");
        expected.Add(("dept#3", "needs draft replaced by upload", $$"""{"year":{{Year}},"department":"YY","rows":0,"upload":{{upload}}}"""));
        var discarded = await drafts.AddUploadAsync(Year, "YY", "m.csv", null, [3], "dept#3");
        expected.Add(("dept#3", "needs file uploaded", $$"""{"year":{{Year}},"department":"YY","upload":{{discarded}},"file":"m.csv","bytes":1}"""));
        await drafts.DiscardUploadAsync(discarded, "dept#3");
        expected.Add(("dept#3", "needs upload discarded", $$"""{"year":{{Year}},"department":"YY","rows":0,"upload":{{discarded}}}"""));

        var read = await new AuditStore(data).LatestAsync(100);

        Assert.Equal(expected.Count, read.Count);
        expected.Reverse();
        foreach (var (want, got) in expected.Zip(read))
        {
            Assert.Equal((want.Who, want.What), (got.Who, got.What));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(want.Detail!), JsonNode.Parse(got.DetailJson!)),
                $"{want.What}: expected {want.Detail}, stored {got.DetailJson}");
        }
        Assert.True(read.Zip(read.Skip(1)).All(p => p.First.At >= p.Second.At));
    }
}

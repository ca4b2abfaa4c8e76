using System.Text.Json.Nodes;
using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

public sealed class ReplanCommandTests : IDisposable
{
    private static readonly string Instance = TestFiles.Data("tiny-instance.json");
    private static readonly string Plan = TestFiles.Data("tiny-plan.json");

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Records(string json)
    {
        var path = _files.Temp("records.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Replan_WritesThePlanUnchanged_WhenNothingChanged()
    {
        var records = Records("""{ "year": 2026, "throughMonth": 5, "records": [ { "visit": "V1", "outcome": "done", "date": "2026-03-03" } ] }""");
        var output = _files.Temp("replan.json");

        var run = CliRun.Of("replan", Instance, Plan, "--from", "6", "--records", records, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(Plan)), JsonNode.Parse(File.ReadAllText(output))), File.ReadAllText(output));
    }

    [Fact]
    public void Replan_BringsTheOccurrencesBack_WhenAVisitWasNotDone()
    {
        var records = Records("""{ "year": 2026, "throughMonth": 5, "records": [ { "visit": "V1", "outcome": "notDone", "reason": "refused" } ] }""");
        var output = _files.Temp("replan.json");

        var run = CliRun.Of("replan", Instance, Plan, "--from", "6", "--records", records, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var visits = JsonNode.Parse(File.ReadAllText(output))!["visits"]!.AsArray();
        Assert.All(visits, v => Assert.True(v!["month"]!.GetValue<int>() > 6 || v["id"]!.GetValue<string>() == "V2"));
        // N2 allows March to May only: with March not done and June on open, it is unassigned with a reason.
        var unassigned = JsonNode.Parse(File.ReadAllText(output))!["unassigned"]!.AsArray();
        Assert.Equal("N2", Assert.Single(unassigned)!["need"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("fit")]
    [InlineData("ignore")]
    public void Replan_WritesMonthsFromTheFirstOn_InEitherStaffMode(string staff)
    {
        var records = Records("""{ "year": 2026, "throughMonth": 5, "records": [ { "visit": "V1", "outcome": "notDone", "reason": "refused" } ] }""");
        var output = _files.Temp("replan.json");
        var months = _files.Temp("months");

        var run = CliRun.Of("replan", Instance, Plan, "--from", "6", "--records", records, "--staff", staff, "--months", months, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(staff, run.Out);
        Assert.Equal(Enumerable.Range(6, 7).Select(m => $"month-{m:00}.json"), Directory.GetFiles(months).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Replan_KeepsThePublishedMonths_WhenNothingChangedAndTheyAreGiven()
    {
        var records = Records("""{ "year": 2026, "throughMonth": 5, "records": [ { "visit": "V1", "outcome": "done", "date": "2026-03-03" } ] }""");
        var published = _files.Temp("published");
        var first = CliRun.Of("replan", Instance, Plan, "--from", "6", "--records", records, "--months", published, "-o", _files.Temp("first.json"));
        Assert.True(first.ExitCode == 0, first.ToString());
        var months = _files.Temp("months");

        var run = CliRun.Of("replan", Instance, Plan, "--from", "6", "--records", records, "--published", published, "--months", months, "-o", _files.Temp("replan.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Directory.GetFiles(published).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(7, files.Count);
        Assert.All(files, f => Assert.Equal(File.ReadAllText(Path.Combine(published, f!)), File.ReadAllText(Path.Combine(months, f!))));
    }

    [Fact]
    public void Replan_ReturnsTwoNamingTheOption_WhenThePublishedFolderIsMissing()
    {
        var run = CliRun.Of("replan", Instance, Plan, "--from", "6", "--published", _files.Temp("nowhere"), "-o", _files.Temp("replan.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--published", run.Error + run.Out);
        Assert.Contains("no such folder", run.Error + run.Out);
    }

    [Fact]
    public void Replan_ReturnsTwo_WhenTheStaffModeIsUnknown()
    {
        var run = CliRun.Of("replan", Instance, Plan, "--from", "6", "--staff", "maybe", "-o", _files.Temp("replan.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--staff", run.Error + run.Out);
    }

    [Theory]

    [InlineData("""{ "year": 2026, "throughMonth": 5, "records": [ { "visit": "V7", "outcome": "done", "date": "2026-03-03" } ] }""", "6", "$.records[0].visit", "no visit V7")]
    [InlineData("""{ "year": 2026, "throughMonth": 9, "records": [ { "visit": "V2", "outcome": "done", "date": "2026-09-01" } ] }""", "6", "$.throughMonth", "after it")]
    [InlineData("""{ "year": 2026, "throughMonth": 3, "records": [ { "visit": "V1", "outcome": "done", "date": "2026-03-03" } ] }""", "3", "$.records[0].visit", "not yet reached")]
    public void Replan_ReturnsTwoNamingTheField_WhenRecordsAreBad(string json, string from, string path, string words)
    {
        var output = _files.Temp("replan.json");

        var run = CliRun.Of("replan", Instance, Plan, "--from", from, "--records", Records(json), "-o", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(path, run.Error);
        Assert.Contains(words, run.Error);
        Assert.False(File.Exists(output), "nothing may be written from bad records");
    }

    [Fact]
    public void Replan_ReturnsTwoNamingTheTask_WhenAWithdrawnNeedHadHistory()
    {
        var changed = JsonNode.Parse(File.ReadAllText(Instance))!;
        changed["needs"]!.AsArray().RemoveAt(1);
        var instance = _files.Temp("changed.json");
        File.WriteAllText(instance, changed.ToJsonString());
        var output = _files.Temp("replan.json");

        var run = CliRun.Of("replan", instance, Plan, "--from", "6", "-o", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("$.visits[0].tasks[1]", run.Error);
        Assert.False(File.Exists(output));
    }
}

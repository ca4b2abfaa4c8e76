using System.Text.Json;
using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

public sealed class RecordCommandTests : IDisposable
{
    private static readonly string Instance = TestFiles.Data("tiny-instance.json");
    private static readonly string Plan = TestFiles.Data("tiny-plan.json");

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Record_MarksTheMonthsVisitsDone_WhenGivenAMonth()
    {
        var output = _files.Temp("records.json");

        var run = CliRun.Of("record", Instance, Plan, "--month", "3", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var record = Assert.Single(doc.RootElement.GetProperty("records").EnumerateArray());
        Assert.Equal("V1", record.GetProperty("visit").GetString());
        Assert.Equal("done", record.GetProperty("outcome").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("throughMonth").GetInt32());
    }

    [Fact]
    public void Record_MarksEveryVisitNotDone_WhenTheShareIsOne()
    {
        var output = _files.Temp("records.json");

        var run = CliRun.Of("record", Instance, Plan, "--through", "12", "--not-done-share", "1", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        Assert.All(doc.RootElement.GetProperty("records").EnumerateArray(), r => Assert.Equal("notDone", r.GetProperty("outcome").GetString()));
        Assert.Equal(2, doc.RootElement.GetProperty("records").GetArrayLength());
    }

    [Theory]
    [InlineData("""{ "year": 2026, "throughMonth": 3, "records": [ { "visit": "V9", "outcome": "done", "date": "2026-03-03" } ] }""", "$.records[0].visit", "no visit V9")]
    [InlineData("""{ "year": 2026, "throughMonth": 3, "records": [ { "visit": "V2", "outcome": "done", "date": "2026-09-01" } ] }""", "$.records[0].visit", "not yet reached")]
    [InlineData("""{ "year": 2026, "throughMonth": 3, "records": [ { "visit": "V1", "outcome": "done", "date": "2026-03-03", "officers": ["I9"] } ] }""", "$.records[0].officers[0]", "I9")]
    public void Record_ReturnsTwoNamingTheField_WhenExistingRecordsAreBad(string records, string path, string words)
    {
        var input = _files.Temp("bad.json");
        File.WriteAllText(input, records);
        var output = _files.Temp("records.json");

        var run = CliRun.Of("record", Instance, Plan, "--month", "9", "--records", input, "-o", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(path, run.Error);
        Assert.Contains(words, run.Error);
        Assert.False(File.Exists(output), "nothing may be written from bad records");
    }
}

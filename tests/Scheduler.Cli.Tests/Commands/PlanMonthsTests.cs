using System.Text.Json;
using Scheduler.Cli.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Cli.Tests.Commands;

/// <summary>`plan --months DIR` on a small generated county: the annual plan, then its twelve months, checked three ways.</summary>
public sealed class PlanMonthsTests : IClassFixture<PlanMonthsTests.County>
{
    private readonly County _county;

    public PlanMonthsTests(County county) => _county = county;

    [Fact]
    public void PlanWithMonths_WritesTwelveMonthFilesAndPrintsTheMonthTable_WhenCountyValid()
    {
        Assert.True(_county.Plan.ExitCode == 0, _county.Plan.ToString());
        Assert.True(File.Exists(_county.PlanFile));
        foreach (var file in _county.MonthFiles) Assert.True(File.Exists(file), file);
        Assert.Matches(@"I\d+ \(\d+\)", _county.Plan.Out);
        Assert.Contains("travel h", _county.Plan.Out);
        Assert.Contains("total", _county.Plan.Out);
        Assert.Contains("Wrote 12 monthly plans", _county.Plan.Out);
    }

    [Fact]
    public void Validate_ReturnsZero_OnTheAnnualPlanAndItsTwelveMonths()
    {
        var run = CliRun.Of(["validate", _county.InstanceFile, _county.PlanFile, .. _county.MonthFiles]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("with 12 monthly plan(s)", run.Out);
    }

    [SkippableFact]
    public void PlanWithMonths_PassesPythonValidatorWithTheSameFigures_WhenPythonPresent()
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        Assert.True(_county.Json.ExitCode == 0, _county.Json.ToString());

        var (exitCode, report) = ValidatorScript.RunFiles([_county.InstanceFile, _county.JsonPlanFile, .. _county.JsonMonthFiles]);

        Assert.True(exitCode == 0, report.ToString());
        using var printed = JsonDocument.Parse(_county.Json.Out);
        var ours = printed.RootElement.GetProperty("monthly").GetProperty("months").EnumerateArray().ToList();
        var theirs = report.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(12, ours.Count);
        Assert.Equal(12, theirs.Count);
        for (var i = 0; i < 12; i++)
        {
            foreach (var key in new[] { "month", "visits", "unscheduled", "teamDays", "officerDays", "maxDaysPerInspector" })
                Assert.True(ours[i].GetProperty(key).GetInt32() == theirs[i].GetProperty(key).GetInt32(), $"month {i + 1} {key}");
            Assert.Equal(theirs[i].GetProperty("travelMinutes").GetDouble(), ours[i].GetProperty("travelMinutes").GetDouble(), 0.11);
            Assert.Equal(5, ours[i].GetProperty("seed").GetInt64());
        }
        Assert.True(printed.RootElement.GetProperty("monthly").GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void PlanWithMonths_ReturnsTwo_WhenMonthTimeLimitNotPositive()
    {
        var run = CliRun.Of("plan", TestFiles.Data("tiny-instance.json"), "-o", _county.Temp("x.json"), "--months", _county.Temp("x"), "--month-time-limit", "-1");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--month-time-limit", run.Error);
    }

    /// <summary>Generates a 25-enterprise county and plans it twice (table and --json) for the class.</summary>
    public sealed class County : IDisposable
    {
        private readonly TestFiles _files = new();

        public County()
        {
            InstanceFile = _files.Temp("county.json");
            PlanFile = _files.Temp("plan.json");
            JsonPlanFile = _files.Temp("json/plan.json");
            var generate = CliRun.Of("generate", "--enterprises", "25", "--seed", "5", "-o", InstanceFile);
            Assert.True(generate.ExitCode == 0, generate.ToString());
            string[] common = ["--time-limit", "2", "--month-time-limit", "1", "--workers", "1", "--seed", "5"];
            Plan = CliRun.Of(["plan", InstanceFile, "-o", PlanFile, "--months", _files.Temp("months"), .. common]);
            Json = CliRun.Of(["plan", InstanceFile, "-o", JsonPlanFile, "--months", _files.Temp("json"), "--json", .. common]);
        }

        public string InstanceFile { get; }
        public string PlanFile { get; }
        public string JsonPlanFile { get; }
        internal CliRun Plan { get; }
        internal CliRun Json { get; }

        public IReadOnlyList<string> MonthFiles => Enumerable.Range(1, 12).Select(m => _files.Temp($"months/month-{m:00}.json")).ToList();
        public IReadOnlyList<string> JsonMonthFiles => Enumerable.Range(1, 12).Select(m => _files.Temp($"json/month-{m:00}.json")).ToList();

        public string Temp(string name) => _files.Temp(name);

        public void Dispose() => _files.Dispose();
    }
}

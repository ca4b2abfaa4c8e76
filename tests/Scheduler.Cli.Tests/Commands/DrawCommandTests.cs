using System.Text.Json;
using Scheduler.Cli.Tests.Support;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;
using Scheduler.Tests.Shared;

namespace Scheduler.Cli.Tests.Commands;

public sealed class DrawCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly string _county;
    private readonly string _rules;

    public DrawCommandTests()
    {
        _county = _files.Temp("county.json");
        _rules = _files.Temp("rules.json");
        var run = CliRun.Of("generate", "--enterprises", "400", "--seed", "3", "-o", _county, "--rules", _rules);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Draw_WritesAnInstanceThatPlansAndARecordThatReplays_WhenInputIsValid()
    {
        var dir = _files.Temp("draw");

        var run = CliRun.Of("draw", _county, _rules, "--seed", "20260101", "-o", dir);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("coordinated against", run.Out);
        var instance = Path.Combine(dir, "instance.json");
        Assert.True(ContractJson.ReadInstanceFile(instance).Ok);
        Assert.Equal([], Directory.GetFiles(dir).Select(Path.GetFileName).Where(f => f!.Contains(".tmp", StringComparison.Ordinal)));
        var plan = _files.Temp("plan.json");
        var planned = CliRun.Of("plan", instance, "-o", plan, "--planner", "greedy", "--staff", "ignore");
        Assert.True(planned.ExitCode == 0, planned.ToString());
        if (ValidatorScript.Available)
        {
            var (exitCode, report) = ValidatorScript.RunFiles(instance, plan);
            Assert.True(exitCode == 0 && report.GetProperty("valid").GetBoolean(), report.ToString());
        }

        var verify = CliRun.Of("draw", "--verify", Path.Combine(dir, "draw.json"), _county, _rules);
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("replays exactly", verify.Out);
    }

    [Fact]
    public void Draw_WritesByteIdenticalFiles_WhenRepeated()
    {
        CliRun.Of("draw", _county, _rules, "--seed", "9", "--mode", "independent", "-o", _files.Temp("a"));
        CliRun.Of("draw", _county, _rules, "--seed", "9", "--mode", "independent", "-o", _files.Temp("b"));

        Assert.Equal(File.ReadAllBytes(_files.Temp("a/draw.json")), File.ReadAllBytes(_files.Temp("b/draw.json")));
        Assert.Equal(File.ReadAllBytes(_files.Temp("a/instance.json")), File.ReadAllBytes(_files.Temp("b/instance.json")));
    }

    [Fact]
    public void Verify_ReturnsOneNamingTheFirstDifference_WhenTheRecordWasAltered()
    {
        var dir = _files.Temp("draw");
        CliRun.Of("draw", _county, _rules, "--seed", "5", "-o", dir);
        var file = Path.Combine(dir, "draw.json");
        var record = DrawJson.ReadRecordFile(file).Value!;
        var first = record.Strata.First(s => s.Selected.Count > 0);
        var altered = record with { Strata = [.. record.Strata.Select(s => s == first ? s with { Selected = [.. s.Selected.Reverse()] } : s)] };
        if (first.Selected.Count == 1) altered = record with { Seed = 6 };
        File.WriteAllText(file, DrawJson.Write(altered));

        var verify = CliRun.Of("draw", "--verify", file, _county, _rules);

        Assert.True(verify.ExitCode == 1, verify.ToString());
        Assert.Contains("does not replay: ", verify.Out);
    }

    [Fact]
    public void Spread_TakesThePreviousSeedAndReplays_WhenGivenLastYearsDraw()
    {
        CliRun.Of("draw", _county, _rules, "--seed", "5", "-o", _files.Temp("y1"));

        var run = CliRun.Of("draw", _county, _rules, "--mode", "spread", "--previous", _files.Temp("y1/draw.json"), "-o", _files.Temp("y2"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(0, CliRun.Of("draw", "--verify", _files.Temp("y2/draw.json"), _county, _rules).ExitCode);
        var mismatch = CliRun.Of("draw", _county, _rules, "--seed", "6", "--mode", "spread", "--previous", _files.Temp("y1/draw.json"), "-o", _files.Temp("y3"));
        Assert.Equal(2, mismatch.ExitCode);
        Assert.Contains("previous draw's seed 5", mismatch.Error);
    }

    [Fact]
    public void Draw_PrintsFiguresAsJson_WhenAsked()
    {
        var run = CliRun.Of("draw", _county, _rules, "--seed", "1", "-o", _files.Temp("d"), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("coordinated", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal("independent", json.RootElement.GetProperty("comparison").GetProperty("mode").GetString());
        Assert.True(json.RootElement.GetProperty("fewerMergedVisits").GetDouble() > 0);
        Assert.Equal(11, json.RootElement.GetProperty("departments").GetArrayLength());
    }

    [Theory]
    [InlineData("\"B\": 0.2", "\"B\": 1.2", "ratioByLevel.B")]
    [InlineData("\"industries\": [\n          \"restaurant\"", "\"industries\": [\n          \"bakery\"", "population.industries[0]")]
    [InlineData("\"maxChecksPerEnterprise\": 4", "\"maxChecksPerEnterprise\": 1", "cap of 1")]
    public void Draw_ReturnsTwoNamingRuleAndFieldAndWritesNothing_WhenARuleIsBad(string from, string to, string expected)
    {
        var text = File.ReadAllText(_rules);
        Assert.Contains(from, text);
        var rules = _files.Temp("bad-rules.json");
        File.WriteAllText(rules, ReplaceFirst(text, from, to));
        var dir = _files.Temp("never");

        var run = CliRun.Of("draw", _county, rules, "--seed", "1", "-o", dir);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("$.rules[", run.Error);
        Assert.Contains("rule ", run.Error);
        Assert.Contains(expected, run.Error);
        Assert.False(Directory.Exists(dir));
    }

    [Theory]
    [InlineData("--mode", "sideways", "--mode must be")]
    [InlineData("--mode", "spread", "give last year's draw.json with --previous")]
    public void Draw_ReturnsTwo_WhenUsageIsWrong(string option, string value, string message)
    {
        var run = CliRun.Of("draw", _county, _rules, "--seed", "1", option, value, "-o", _files.Temp("x"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.All);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }
}

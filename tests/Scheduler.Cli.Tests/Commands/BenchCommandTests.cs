using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private static readonly string[] RowFields =
    [
        "planner", "instance", "enterprises", "visits", "unassigned", "gap", "ownBoundGap", "saved", "jointRate", "peakLoad",
        "wallSeconds", "peakMemoryMb", "secondsToFinal", "status",
    ];

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Bench_WritesResultsAndBothReports_WhenTinyCountyBenched()
    {
        var dir = _files.Temp("bench");

        var run = CliRun.Of("bench", "--sizes", "60", "--seeds", "1", "--planners", "greedy,optimized", "--time-limit", "2", "-o", dir);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(dir, "results.json")), "results.json");
        Assert.True(File.Exists(Path.Combine(dir, "report.md")), "report.md");
        Assert.True(File.Exists(Path.Combine(dir, "report.html")), "report.html");

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["greedy", "optimized"], rows.Select(r => r.GetProperty("planner").GetString()));
        foreach (var row in rows)
        {
            foreach (var field in RowFields) Assert.True(row.TryGetProperty(field, out _), $"row lacks {field}");
            Assert.Equal(60, row.GetProperty("enterprises").GetInt32());
            Assert.Equal("xiangshan-60-s1", row.GetProperty("instance").GetString());
            Assert.True(row.GetProperty("visits").GetInt32() > 0);
            Assert.True(row.GetProperty("secondsToFinal").GetDouble() <= row.GetProperty("wallSeconds").GetDouble() + 1e-6);
            Assert.NotEqual("invalid", row.GetProperty("status").GetString());
        }
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("ownBoundGap").ValueKind);
        Assert.Equal(JsonValueKind.Number, rows[1].GetProperty("ownBoundGap").ValueKind);
        Assert.True(rows[1].GetProperty("visits").GetInt32() <= rows[0].GetProperty("visits").GetInt32(), "optimized is never worse than greedy");

        var markdown = File.ReadAllText(Path.Combine(dir, "report.md"));
        Assert.Contains("## xiangshan-60-s1", markdown);
        Assert.Contains("Time to quality", markdown);
    }

    [Fact]
    public void Bench_ReportsTheStaffedYear_WhenYearAsked()
    {
        var dir = _files.Temp("bench");

        var run = CliRun.Of("bench", "--sizes", "300", "--seeds", "1", "--planners", "optimized", "--officers", "44", "--year",
            "--time-limit", "20", "--month-time-limit", "20", "-o", dir);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        var year = Assert.Single(json.RootElement.GetProperty("years").EnumerateArray());
        Assert.Equal("xiangshan-300-s1", year.GetProperty("instance").GetString());
        Assert.Equal(44, year.GetProperty("officers").GetInt32());
        Assert.True(year.GetProperty("valid").GetBoolean(), "the staffed year is valid");
        int visits = year.GetProperty("visits").GetInt32(), bound = year.GetProperty("perEnterpriseBound").GetInt32();
        Assert.Equal(visits - bound, year.GetProperty("staffingPrice").GetInt32());
        Assert.InRange(year.GetProperty("priceBound").GetInt32(), 0, visits - bound);
        Assert.True(year.GetProperty("officerDays").GetInt32() > 0, "officer-days");
        // Where the price comes from: the eleven departments on the joint weekdays, and the full ones in the table.
        var departments = year.GetProperty("departments").EnumerateArray().ToList();
        Assert.Equal(11, departments.Count);
        Assert.All(departments, d => Assert.InRange(d.GetProperty("jointTeamDays").GetDouble(), 0, d.GetProperty("jointTeamDaysPossible").GetInt32()));
        Assert.Contains("full on joint weekdays", File.ReadAllText(Path.Combine(dir, "report.md")));
        Assert.Contains("The staffed year", File.ReadAllText(Path.Combine(dir, "report.md")));
        Assert.Contains("The staffed year", File.ReadAllText(Path.Combine(dir, "report.html")));
    }

    [Fact]
    public void Bench_RejectsOddOfficers_WithExitTwo()
    {
        var run = CliRun.Of("bench", "--sizes", "60", "--officers", "45", "--year", "-o", _files.Temp("bench"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--officers", run.ToString());
    }

    [Fact]
    public void Bench_WritesWellFormedHtmlWithCharts_WhenTinyCountyBenched()
    {
        var dir = _files.Temp("bench");

        var run = CliRun.Of("bench", "--sizes", "60", "--seeds", "1", "--planners", "greedy,separate", "--time-limit", "2", "-o", dir);

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("<svg", html);
        var document = XDocument.Parse(Regex.Replace(html, "<!DOCTYPE[^>]*>", ""));
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(xhtml + "html", document.Root!.Name);
        Assert.Equal(3, document.Descendants(svg + "svg").Count());
        Assert.NotEmpty(document.Descendants(svg + "rect"));
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
    }

    [Fact]
    public void Bench_BenchesTheFile_WhenInstancesGiven()
    {
        var dir = _files.Temp("bench");

        var run = CliRun.Of("bench", "--instances", TestFiles.Data("tiny-instance.json"), "--planners", "greedy", "-o", dir);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("greedy", row.GetProperty("planner").GetString());
    }

    [Fact]
    public void Bench_ReturnsTwoAndListsThePlanners_WhenPlannerUnknown()
    {
        var dir = _files.Temp("bench");

        var run = CliRun.Of("bench", "--sizes", "60", "--planners", "greedy,clever", "-o", dir);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("unknown planner 'clever'", run.Error);
        Assert.False(Directory.Exists(dir), "nothing may be written");
    }

    [Theory]
    [InlineData("--sizes", "0")]
    [InlineData("--time-limit", "-1")]
    public void Bench_ReturnsTwo_WhenOptionBad(string option, string value)
    {
        var run = CliRun.Of("bench", option, value, "-o", _files.Temp("bench"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(option, run.Error);
    }

    [Fact]
    public void Bench_ReturnsTwo_WhenInstanceFileInvalid()
    {
        var run = CliRun.Of("bench", "--instances", TestFiles.Data("tiny-instance-invalid.json"), "--planners", "greedy", "-o", _files.Temp("bench"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("tiny-instance-invalid.json", run.Error);
    }
}

using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly string Instance = TestFiles.Data("tiny-instance.json");
    private static readonly string Plan = TestFiles.Data("tiny-plan.json");
    private static readonly string March = TestFiles.Data("tiny-month-03.json");

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Export_ReturnsZeroAndWritesSheetsAndCalendars_WhenInputsValid()
    {
        var output = _files.Temp("exports");

        var run = CliRun.Of("export", Instance, Plan, March, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        // One township (T1 Dongchen) with TD1 in March; its four inspectors each get a calendar.
        Assert.Contains("Wrote 6 files", run.Out);
        Assert.Contains("1 township-month sheets", run.Out);
        Assert.Contains("4 officer calendars", run.Out);
        Assert.True(File.Exists(Path.Combine(output, "townships", "T1-Dongchen", "2026-03.xlsx")), run.ToString());
        Assert.True(File.Exists(Path.Combine(output, "townships", "T1-Dongchen", "2026-03.csv")), run.ToString());
        Assert.Equal(4, Directory.GetFiles(Path.Combine(output, "officers"), "*.ics").Length);
        Assert.Contains("Seafood processor", File.ReadAllText(Path.Combine(output, "townships", "T1-Dongchen", "2026-03.csv")));
    }

    [Fact]
    public void Export_ReturnsTwoAndNamesTheFile_WhenMonthlyPlanMissing()
    {
        var missing = _files.Temp("month-04.json");
        var output = _files.Temp("exports");

        var run = CliRun.Of("export", Instance, Plan, missing, "-o", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(missing, run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Export_ReturnsTwoAndNamesTheFile_WhenMonthlyPlanIsOfAnotherYear()
    {
        var otherYear = _files.Temp("month-03-2025.json");
        File.WriteAllText(otherYear, File.ReadAllText(March).Replace("\"year\": 2026", "\"year\": 2025"));

        var run = CliRun.Of("export", Instance, Plan, otherYear, "-o", _files.Temp("exports"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(otherYear, run.Error);
        Assert.Contains("2025", run.Error);
    }

    [Fact]
    public void Export_ReturnsTwoAndNamesBothFiles_WhenTwoPlansShareAMonth()
    {
        var copy = _files.Temp("month-03-copy.json");
        File.Copy(March, copy);

        var run = CliRun.Of("export", Instance, Plan, March, copy, "-o", _files.Temp("exports"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(copy, run.Error);
        Assert.Contains(March, run.Error);
    }

    [Fact]
    public void Export_ReturnsTwo_WhenOutputOptionMissing()
    {
        var run = CliRun.Of("export", Instance, Plan, March);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--output", run.All);
    }

    [Fact]
    public void Export_ReturnsTwoAndNamesTheFolder_WhenOutputIsAFile()
    {
        var blocker = _files.Temp("not-a-folder");
        File.WriteAllText(blocker, "");

        var run = CliRun.Of("export", Instance, Plan, March, "-o", blocker);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(blocker, run.Error);
    }
}

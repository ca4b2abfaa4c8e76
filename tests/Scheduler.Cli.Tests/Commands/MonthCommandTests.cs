using System.Text.Json;
using Scheduler.Cli.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Cli.Tests.Commands;

public sealed class MonthCommandTests : IDisposable
{
    private static readonly string Instance = TestFiles.Data("tiny-instance.json");
    private static readonly string Plan = TestFiles.Data("tiny-plan.json");

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Month_ReturnsTwoAndListsViolationsWithoutPlanning_WhenAnnualPlanInvalidForInstance()
    {
        var output = _files.Temp("month-03.json");

        var run = Month(Instance, TestFiles.Data("tiny-plan-broken.json"), "--month", "3", "-o", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is not a valid annual plan", run.Error);
        // N2's only occurrence is in no visit and not unassigned.
        Assert.Contains("N2", run.Error);
        Assert.False(File.Exists(output), "no monthly plan may be written from an invalid annual plan");
    }

    [Fact]
    public void Month_ReturnsTwoAndNamesTheFile_WhenAnnualPlanMissing()
    {
        var missing = _files.Temp("no-such-plan.json");

        var run = Month(Instance, missing, "--month", "3", "-o", _files.Temp("month-03.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(missing, run.Error);
    }

    [Fact]
    public void Month_ReturnsTwoAndPrintsThePath_WhenInstanceInvalid()
    {
        var run = Month(TestFiles.Data("tiny-instance-invalid.json"), Plan, "--month", "3", "-o", _files.Temp("month-03.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("$.needs[1]", run.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("13")]
    public void Month_ReturnsTwo_WhenMonthOutOfRange(string month)
    {
        var output = _files.Temp("month.json");

        var run = Month(Instance, Plan, "--month", month, "-o", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--month", run.Error);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--month")]
    [InlineData("-o")]
    public void Month_ReturnsTwoAndNamesTheOption_WhenRequiredOptionMissing(string option)
    {
        string[] args = option == "-o" ? ["--month", "3"] : ["-o", _files.Temp("month.json")];

        var run = Month([Instance, Plan, .. args]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(option, run.Error);
    }

    [Fact]
    public void Month_ReturnsTwo_WhenTimeLimitNotPositive()
    {
        var run = Month(Instance, Plan, "--month", "3", "-o", _files.Temp("month.json"), "--time-limit", "0");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--time-limit", run.Error);
    }

    [Fact]
    public void Month_WritesValidPlanAndPrintsFiguresAndSeed_WhenAnnualPlanValid()
    {
        var output = _files.Temp("month-03.json");

        var run = Month(Instance, Plan, "--month", "3", "-o", output, "--seed", "42", "--time-limit", "5", "--workers", "1");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var label in new[] { "team-days", "officer-days", "travel", "busiest officer", "unscheduled", "seed of the draw" })
            Assert.Contains(label, run.Out);
        Assert.Contains("42", run.Out);
        Assert.Contains(output, run.Out);
        using var plan = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(3, plan.RootElement.GetProperty("month").GetInt32());
        Assert.Equal(42, plan.RootElement.GetProperty("seed").GetInt64());
        // V1 (SCJG and STHJ) is March's only visit, and the tiny county staffs it: one team-day, no unscheduled visit.
        Assert.Single(plan.RootElement.GetProperty("teamDays").EnumerateArray());
        Assert.Empty(plan.RootElement.GetProperty("unscheduled").EnumerateArray());
        var validate = CliRun.Of("validate", Instance, Plan, output);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void Month_ListsTheUnscheduledVisitWithItsReason_WhenADepartmentHasOneOfficer()
    {
        var instance = TestFiles.Data("tiny-instance-one-sthj.json");
        var output = _files.Temp("month-03.json");

        var run = Month(instance, Plan, "--month", "3", "-o", output, "--time-limit", "5", "--workers", "1");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Unscheduled (1):", run.Out);
        var reason = Assert.Single(run.Out.Split('\n'), line => line.StartsWith("  V1: ", StringComparison.Ordinal));
        Assert.Contains("STHJ", reason);
        var validate = CliRun.Of("validate", instance, Plan, output);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void Month_StillWritesAValidPlan_WhenCancelled()
    {
        var output = _files.Temp("month-03.json");
        using var ctrlC = new CancellationTokenSource();
        ctrlC.Cancel();

        var run = CliRun.Of(ctrlC.Token, "month", Instance, Plan, "--month", "3", "-o", output, "--time-limit", "5");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Cancelled", run.Out);
        var validate = CliRun.Of("validate", Instance, Plan, output);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [SkippableFact]
    public void Month_WritesAPlanThePythonValidatorAccepts_WhenPythonPresent()
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        var output = _files.Temp("month-03.json");
        var run = Month(Instance, Plan, "--month", "3", "-o", output, "--time-limit", "5", "--workers", "1");
        Assert.True(run.ExitCode == 0, run.ToString());

        var (exitCode, report) = ValidatorScript.RunFiles(Instance, Plan, output);

        Assert.True(exitCode == 0, report.ToString());
        Assert.Equal(0, report.GetProperty("months")[0].GetProperty("unscheduled").GetInt32());
    }

    private static CliRun Month(params string[] args) => CliRun.Of(["month", .. args]);
}

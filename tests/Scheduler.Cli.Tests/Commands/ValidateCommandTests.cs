using Scheduler.Cli.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_ReturnsZeroAndPrintsFigures_WhenPlanValid()
    {
        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance.json"), TestFiles.Data("tiny-plan.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("joint rate", run.Out);
        Assert.Contains("Valid:", run.Out);
        Assert.DoesNotContain("Invalid:", run.Out);
    }

    [Fact]
    public void Validate_ReturnsOneAndListsViolations_WhenPlanBroken()
    {
        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance.json"), TestFiles.Data("tiny-plan-broken.json"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Invalid:", run.Out);
        // N2's only occurrence is in no visit and not unassigned.
        Assert.Contains("N2", run.Out);
    }

    [Fact]
    public void Validate_ReturnsZeroAndPrintsMonthFigures_WhenMonthlyPlanValid()
    {
        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance.json"), TestFiles.Data("tiny-plan.json"), TestFiles.Data("tiny-month-03.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("officer-days", run.Out);
        Assert.Contains("with 1 monthly plan(s)", run.Out);
    }

    [Fact]
    public void Validate_ReturnsOneAndListsMonthViolations_WhenMonthlyPlanBroken()
    {
        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance.json"), TestFiles.Data("tiny-plan.json"), TestFiles.Data("tiny-month-03-broken.json"));

        Assert.True(run.ExitCode == 1, run.ToString());
        // A Saturday team of one SCJG and one STHJ officer.
        Assert.Contains("2026-03-07", run.Out);
        Assert.Contains("SCJG", run.Out);
    }

    [Fact]
    public void Validate_ReturnsTwoAndNamesTheFile_WhenMonthlyPlanMissing()
    {
        var missing = _files.Temp("month-13.json");

        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance.json"), TestFiles.Data("tiny-plan.json"), missing);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(missing, run.Error);
    }

    [Fact]
    public void Validate_ReturnsTwoAndNamesTheFile_WhenPlanMissing()
    {
        var missing = _files.Temp("no-such-plan.json");

        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance.json"), missing);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(missing, run.Error);
    }

    [Fact]
    public void Validate_ReturnsTwo_WhenPlanMalformed()
    {
        var plan = _files.Temp("plan.json");
        File.WriteAllText(plan, """{ "visits": [ { "id": "V1", "month": "March" } ] }""");

        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance.json"), plan);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("$.visits[0].month", run.Error);
    }

    [Fact]
    public void Validate_ReturnsTwo_WhenInstanceInvalid()
    {
        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance-invalid.json"), TestFiles.Data("tiny-plan.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("$.needs[1]", run.Error);
    }

    [SkippableFact]
    public void TestData_AgreesWithPythonValidator_WhenPythonPresent()
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);

        Assert.Equal(0, ValidatorScript.RunFiles(TestFiles.Data("tiny-instance.json"), TestFiles.Data("tiny-plan.json")).ExitCode);
        Assert.Equal(1, ValidatorScript.RunFiles(TestFiles.Data("tiny-instance.json"), TestFiles.Data("tiny-plan-broken.json")).ExitCode);
        Assert.Equal(0, ValidatorScript.RunFiles(TestFiles.Data("tiny-instance.json"), TestFiles.Data("tiny-plan.json"), TestFiles.Data("tiny-month-03.json")).ExitCode);
        Assert.Equal(1, ValidatorScript.RunFiles(TestFiles.Data("tiny-instance.json"), TestFiles.Data("tiny-plan.json"), TestFiles.Data("tiny-month-03-broken.json")).ExitCode);
    }
}

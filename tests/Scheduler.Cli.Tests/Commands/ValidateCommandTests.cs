using Scheduler.Cli.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private static readonly string Instance = TestFiles.Data("tiny-instance.json");
    private static readonly string Plan = TestFiles.Data("tiny-plan.json");
    private static readonly string BrokenPlan = TestFiles.Data("tiny-plan-broken.json");
    private static readonly string March = TestFiles.Data("tiny-month-03.json");
    private static readonly string BrokenMarch = TestFiles.Data("tiny-month-03-broken.json");

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_ReturnsZeroAndPrintsFigures_WhenPlanValid()
    {
        var run = Validate(Instance, Plan);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("joint rate", run.Out);
        Assert.Contains("Valid:", run.Out);
        Assert.DoesNotContain("Invalid:", run.Out);
    }

    [Fact]
    public void Validate_ReturnsOneAndListsViolations_WhenPlanBroken()
    {
        var run = Validate(Instance, BrokenPlan);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Invalid:", run.Out);
        // N2's only occurrence is in no visit and not unassigned.
        Assert.Contains("N2", run.Out);
    }

    [Fact]
    public void Validate_ReturnsZeroAndPrintsMonthFigures_WhenMonthlyPlanValid()
    {
        var run = Validate(Instance, Plan, March);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("officer-days", run.Out);
        Assert.Contains("with 1 monthly plan(s)", run.Out);
        // Each department on the joint weekdays: March's Tuesday team-day of SCJG and STHJ counts for both.
        Assert.Contains("could make", run.Out);
        Assert.Matches(@"SCJG\s*│\s*\d+\s*│\s*1/\d", run.Out);
    }

    [Fact]
    public void Validate_ReturnsOneAndListsMonthViolations_WhenMonthlyPlanBroken()
    {
        var run = Validate(Instance, Plan, BrokenMarch);

        Assert.True(run.ExitCode == 1, run.ToString());
        // A Saturday team of one SCJG and one STHJ officer.
        Assert.Contains("2026-03-07", run.Out);
        Assert.Contains("SCJG", run.Out);
    }

    [Fact]
    public void Validate_ReturnsTwoAndNamesTheFile_WhenMonthlyPlanMissing()
    {
        var missing = _files.Temp("month-13.json");

        var run = Validate(Instance, Plan, missing);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(missing, run.Error);
    }

    [Fact]
    public void Validate_ReturnsTwoAndNamesTheFile_WhenPlanMissing()
    {
        var missing = _files.Temp("no-such-plan.json");

        var run = Validate(Instance, missing);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(missing, run.Error);
    }

    [Fact]
    public void Validate_ReturnsTwo_WhenPlanMalformed()
    {
        var plan = _files.Temp("plan.json");
        File.WriteAllText(plan, """{ "visits": [ { "id": "V1", "month": "March" } ] }""");

        var run = Validate(Instance, plan);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("$.visits[0].month", run.Error);
    }

    [Fact]
    public void Validate_ReturnsTwo_WhenInstanceInvalid()
    {
        var run = Validate(TestFiles.Data("tiny-instance-invalid.json"), Plan);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("$.needs[1]", run.Error);
    }

    [SkippableFact]
    public void TestData_AgreesWithPythonValidator_WhenPythonPresent()
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);

        Assert.Equal(0, ValidatorScript.RunFiles(Instance, Plan).ExitCode);
        Assert.Equal(1, ValidatorScript.RunFiles(Instance, BrokenPlan).ExitCode);
        Assert.Equal(0, ValidatorScript.RunFiles(Instance, Plan, March).ExitCode);
        Assert.Equal(1, ValidatorScript.RunFiles(Instance, Plan, BrokenMarch).ExitCode);
    }

    private static CliRun Validate(params string[] files) => CliRun.Of(["validate", .. files]);
}

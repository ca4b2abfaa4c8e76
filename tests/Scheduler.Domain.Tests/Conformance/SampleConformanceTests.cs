using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Validation;
using Scheduler.Tests.Shared;

namespace Scheduler.Domain.Tests.Conformance;

/// <summary>The repository's samples/ read, validate, and check the same in C# as in validate_plan.py.</summary>
public sealed class SampleConformanceTests
{
    public static TheoryData<string, string> Samples() => new()
    {
        { "tiny.json", "tiny.plan.json" },
        { "xiangshan-300.json", "xiangshan-300.witness.json" },
        { "tight-200.json", "tight-200.witness.json" },
        { "infeasible-60.json", "infeasible-60.witness.json" },
    };

    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public void Check_AgreesWithPythonValidator_WhenGivenASampleAndItsPlan(string instanceFile, string planFile)
    {
        var folder = SamplesFolder();
        Skip.If(folder is null || !File.Exists(Path.Combine(folder, instanceFile)), $"samples/{instanceFile} not found");
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        var instanceJson = File.ReadAllText(Path.Combine(folder!, instanceFile));
        var planJson = File.ReadAllText(Path.Combine(folder!, planFile));
        var instance = ContractJson.ReadInstance(instanceJson);
        var plan = ContractJson.ReadAnnualPlan(planJson);
        Assert.True(instance.Ok, string.Join("\n", instance.Errors));
        Assert.True(plan.Ok, string.Join("\n", plan.Errors));

        var py = ValidatorScript.RunTexts(instanceJson, planJson).Report;
        var report = PlanChecker.Check(instance.Value!, plan.Value!);

        Assert.Empty(InstanceValidator.Validate(instance.Value!));
        var (valid, violations, errors) = ReportComparison.Verdict(py);
        Assert.True(valid == report.Valid && violations == report.Violations.Count,
            $"python ({violations}):\n{errors}\nC# ({report.Violations.Count}):\n{string.Join("\n", report.Violations.Take(20))}");
        ReportComparison.AssertSameFigures(py, report.Figures);
    }

    private static string? SamplesFolder() =>
        ValidatorScript.RepoRoot is { } root ? Path.Combine(root, "samples") : null;
}

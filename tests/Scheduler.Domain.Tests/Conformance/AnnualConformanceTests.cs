using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Tests.TestData;
using Scheduler.Tests.Shared;

namespace Scheduler.Domain.Tests.Conformance;

/// <summary>The C# annual checker agrees with ../shared/tools/validate_plan.py on validity, violation count and every figure.</summary>
public sealed class AnnualConformanceTests
{
    public static TheoryData<string> CaseNames() => AnnualCases.Names();

    [SkippableTheory]
    [MemberData(nameof(CaseNames))]
    public void Check_AgreesWithPythonValidator_WhenGivenEachRuleCase(string name)
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        var c = AnnualCases.Get(name);
        var instanceJson = ContractJson.Write(c.Instance);
        var planJson = ContractJson.Write(c.Plan);

        var py = ValidatorScript.RunTexts(instanceJson, planJson).Report;
        // Check what python read: the contract files as C# writes and reads them.
        var report = PlanChecker.Check(ContractJson.ReadInstance(instanceJson).Value!, ContractJson.ReadAnnualPlan(planJson).Value!);

        var (valid, violations, errors) = ReportComparison.Verdict(py);
        Assert.True(valid == report.Valid, $"python valid={valid}:\n{errors}\nC#:\n{string.Join("\n", report.Violations)}");
        Assert.True(violations == report.Violations.Count,
            $"python counts {violations}:\n{errors}\nC# counts {report.Violations.Count}:\n{string.Join("\n", report.Violations)}");
        ReportComparison.AssertSameFigures(py, report.Figures);
        Assert.Equal(c.Expected is null, valid);
    }
}

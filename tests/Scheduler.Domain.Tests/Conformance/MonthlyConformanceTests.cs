using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Tests.TestData;
using Scheduler.Tests.Shared;

namespace Scheduler.Domain.Tests.Conformance;

/// <summary>The C# monthly checker agrees with ../shared/tools/validate_plan.py on validity, violation count and every month figure.</summary>
public sealed class MonthlyConformanceTests
{
    public static TheoryData<string> CaseNames() => MonthlyCases.Names();

    [SkippableTheory]
    [MemberData(nameof(CaseNames))]
    public void Check_AgreesWithPythonValidator_WhenGivenEachRuleCase(string name)
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        var c = MonthlyCases.Get(name);
        var instanceJson = ContractJson.Write(c.Instance);
        var planJson = ContractJson.Write(c.Plan);
        var monthJsons = c.Months.Select(ContractJson.Write).ToArray();

        var py = ValidatorScript.RunTexts(instanceJson, planJson, monthJsons).Report;
        var instance = ContractJson.ReadInstance(instanceJson).Value!;
        var plan = ContractJson.ReadAnnualPlan(planJson).Value!;
        var months = monthJsons.Select(j => ContractJson.ReadMonthlyPlan(j).Value!).ToList();
        var annual = PlanChecker.Check(instance, plan);
        var monthly = MonthlyPlanChecker.Check(instance, plan, months);

        var (valid, violations, errors) = ReportComparison.Verdict(py);
        var ours = annual.Violations.Concat(monthly.Violations).ToList();
        Assert.True(valid == (ours.Count == 0),
            $"python valid={valid}:\n{errors}\nC#:\n{string.Join("\n", ours)}");
        Assert.True(violations == ours.Count, $"python counts {violations}:\n{errors}\nC# counts {ours.Count}:\n{string.Join("\n", ours)}");
        ReportComparison.AssertSameFigures(py, annual.Figures);
        ReportComparison.AssertSameMonths(py, monthly.Months);
        Assert.Equal(c.Expected is null, valid);
    }
}

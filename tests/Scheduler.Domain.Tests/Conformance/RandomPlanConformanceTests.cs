using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Tests.TestData;
using Scheduler.Tests.Shared;

namespace Scheduler.Domain.Tests.Conformance;

/// <summary>On random, mostly broken plans the C# checker counts the same violations and figures as validate_plan.py.</summary>
public sealed class RandomPlanConformanceTests
{
    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6];

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Check_AgreesWithPythonValidator_WhenPlanIsRandom(int seed)
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        var instance = Busier(TinyCounty.Instance());
        var plan = RandomPlans.Make(instance, seed);
        var instanceJson = ContractJson.Write(instance);
        var planJson = ContractJson.Write(plan);

        var py = ValidatorScript.RunTexts(instanceJson, planJson).Report;
        var report = PlanChecker.Check(instance, plan);

        var (valid, violations, errors) = ReportComparison.Verdict(py);
        Assert.Equal(valid, report.Valid);
        Assert.True(violations == report.Violations.Count,
            $"python counts {violations}:\n{errors}\nC# counts {report.Violations.Count}:\n{string.Join("\n", report.Violations.Take(ValidatorScript.MaxErrors))}");
        ReportComparison.AssertSameFigures(py, report.Figures);
    }

    /// <summary>The tiny county with more frequent needs, so random plans crowd capacities, caps and gaps.</summary>
    private static Instance Busier(Instance tiny) => tiny with
    {
        Needs = [.. tiny.Needs.Select(n => n.TimesPerYear == 1 ? n with { TimesPerYear = 3, MinGapMonths = 2 } : n)],
        Capacities = [.. tiny.Capacities, new Capacity { Department = "B", Month = 2, Visits = 1 }, new Capacity { Department = "D", Month = 6, Visits = 0 }],
    };
}

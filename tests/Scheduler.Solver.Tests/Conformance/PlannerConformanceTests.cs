using Scheduler.Domain.Model;
using Scheduler.Generator;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Conformance;

/// <summary>
/// The independent checker ../shared/tools/validate_plan.py finds every planner's plan valid and computes
/// the same figures as <see cref="PlanResult.Figures"/>.
/// </summary>
public sealed class PlannerConformanceTests
{
    private const double Tolerance = 1e-4;

    private static readonly Lazy<GeneratedCounty?> County = new(GenerateCounty);

    [SkippableTheory]
    [MemberData(nameof(ConformanceInstances.PlannerByInstance), MemberType = typeof(ConformanceInstances))]
    public void Plan_IsValidWithTheSameFiguresAsTheValidator_WhenTheInstanceIsSmall(PlannerKind kind, string name)
    {
        Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason);
        var instance = ConformanceInstances.All[name];

        var result = Planning.Run(kind, instance, seconds: 5);

        AssertConforms(instance, result);
    }

    [SkippableTheory]
    [InlineData(PlannerKind.Greedy)]
    [InlineData(PlannerKind.Optimized)]
    public void Plan_IsValidWithTheSameFiguresAsTheValidator_WhenTheCountyIsGenerated(PlannerKind kind)
    {
        Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason);
        Skip.If(County.Value is null, "CountyGenerator.Generate is not implemented on this branch yet");
        var instance = County.Value!.Instance;

        var result = Planning.Run(kind, instance, seconds: 10);

        AssertConforms(instance, result);
        Assert.True(result.Figures.Visits < result.Figures.SeparateVisits, "merging should save visits on a county");
    }

    [SkippableFact]
    public void Optimized_PlacesEverythingInNoMoreVisitsThanTheWitness_WhenTheCountyIsGenerated()
    {
        Skip.If(County.Value is null, "CountyGenerator.Generate is not implemented on this branch yet");
        var (instance, witness) = County.Value!;
        Assert.Empty(witness.Unassigned);

        var result = Planning.Run(PlannerKind.Optimized, instance, seconds: 10);

        Assert.Empty(result.Plan.Unassigned);
        Assert.True(result.Plan.Visits.Count <= witness.Visits.Count,
            $"Optimized {result.Plan.Visits.Count} visits, the generator's witness {witness.Visits.Count}");
        Assert.True(result.PerEnterpriseBound <= result.Plan.Visits.Count);
    }

    private static void AssertConforms(Instance instance, PlanResult result)
    {
        var report = PythonValidator.Validate(instance, result.Plan);
        Assert.True(report.Valid, $"{instance.Name}/{result.Planner}: validate_plan.py: {string.Join("; ", report.Errors)}");

        var f = result.Figures;
        Assert.Equal(report.Int("visits"), f.Visits);
        Assert.Equal(report.Int("unassigned"), f.Unassigned);
        Assert.Equal(report.Int("departmentVisits"), f.DepartmentVisits);
        Assert.Equal(report.Int("separateVisits"), f.SeparateVisits);
        Assert.Equal(report.Int("lowerBound"), f.LowerBound);
        Assert.Equal(report.Int("saved"), f.Saved);
        Assert.Equal(report.Int("occurrences"), f.Occurrences);
        Close("jointRate", report.Number("jointRate"), f.JointRate);
        Close("peakLoad", report.Number("peakLoad"), f.PeakLoad);
        Close("gap", report.Number("gap"), f.Gap);
    }

    private static void Close(string figure, double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{figure}: validator {expected}, planner {actual}");

    private static GeneratedCounty? GenerateCounty()
    {
        try
        {
            return CountyGenerator.Generate(new GeneratorOptions { Enterprises = 300, Seed = 1 });
        }
        catch (NotImplementedException)
        {
            return null;
        }
    }
}

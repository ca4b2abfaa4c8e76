using Scheduler.Generator;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Quality;

/// <summary>A county that keeps needs no plan can hold: every unassigned occurrence says why, in words an officer reads.</summary>
public sealed class InfeasibleCountyTests
{
    [Fact]
    public void Unassigned_CarriesAReasonNamingTheRule_WhenTheCountyIsInfeasibleOnPurpose()
    {
        var (instance, witness) = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 60, Seed = 1, Infeasible = true });
        var result = Planning.RunValid(PlannerKind.Optimized, instance, seconds: 5);

        Assert.NotEmpty(result.Plan.Unassigned);
        Assert.True(result.Plan.Unassigned.Count <= witness.Unassigned.Count,
            $"Optimized left {result.Plan.Unassigned.Count}, the witness {witness.Unassigned.Count}");
        var needs = instance.Needs.ToDictionary(n => n.Id);
        foreach (var u in result.Plan.Unassigned)
        {
            var need = needs[u.Need];
            Assert.Contains(need.Enterprise, u.Reason);
            Assert.Contains(need.Department, u.Reason);
            Assert.True(
                u.Reason.Contains("capacity") || u.Reason.Contains("capped at") || u.Reason.Contains("closer than")
                || u.Reason.Contains("no room") || u.Reason.Contains("closed"),
                $"the reason names no rule: {u.Reason}");
        }
    }
}

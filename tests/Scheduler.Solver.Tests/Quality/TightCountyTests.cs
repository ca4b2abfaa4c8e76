using Scheduler.Domain.Checking;
using Scheduler.Generator;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Quality;

/// <summary>
/// PROBLEM.md §2 asks for 0 unassigned "on any instance that allows it". A generated county with capacity
/// slack 1.0 allows it: its witness plan places every occurrence within the capacities derived from it.
/// </summary>
public sealed class TightCountyTests
{
    [Fact]
    public void Optimized_LeavesNothingUnassigned_WhenTheWitnessProvesAFullPlanFitsTightCapacity()
    {
        var (instance, witness) = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 300, Seed = 1, CapacitySlack = 1.0 });
        Assert.True(PlanChecker.Check(instance, witness).Valid, "the generator's witness must be valid");
        Assert.Empty(witness.Unassigned);

        var result = Planning.RunValid(PlannerKind.Optimized, instance, seconds: 10);

        Assert.True(result.Plan.Unassigned.Count == 0,
            $"Optimized left {result.Plan.Unassigned.Count} unassigned ({result.Plan.Visits.Count} visits, status {result.Status}); " +
            $"the witness places everything in {witness.Visits.Count} visits");
    }
}

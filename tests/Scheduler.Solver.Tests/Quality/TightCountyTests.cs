using Scheduler.Domain.Checking;
using Scheduler.Generator;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Quality;

/// <summary>
/// On a generated county with capacity slack 1.0 the generator's witness (a greedy merge) places every
/// occurrence within the capacities derived from it; Optimized must do at least as well on
/// (unassigned, visits), the spec's order of importance.
/// </summary>
public sealed class TightCountyTests
{
    [Fact]
    public void Optimized_IsNoWorseThanTheWitness_WhenCapacityIsTight()
    {
        var (instance, witness) = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 150, Seed = 2, CapacitySlack = 1.0 });
        Assert.True(PlanChecker.Check(instance, witness).Valid, "the generator's witness must be valid");

        var result = Planning.RunValid(PlannerKind.Optimized, instance, seconds: 10);

        var got = (result.Plan.Unassigned.Count, result.Plan.Visits.Count);
        var reference = (witness.Unassigned.Count, witness.Visits.Count);
        Assert.True(got.CompareTo(reference) <= 0,
            $"Optimized (unassigned, visits) = {got}, status {result.Status}; the witness has {reference}");
    }
}

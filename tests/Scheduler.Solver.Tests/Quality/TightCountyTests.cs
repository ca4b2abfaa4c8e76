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
    // The goal of issue 2 not yet reached: at slack 1.0 the LNS repair leaves 1 occurrence unassigned
    // here (321 visits; the witness places all with 313). Figures in bench/README.md ("Tight capacity").
    [Fact(Skip = "Known open goal of issue 2: Optimized leaves (1, 321) against the witness's (0, 313) on a tight county; see bench/README.md")]
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

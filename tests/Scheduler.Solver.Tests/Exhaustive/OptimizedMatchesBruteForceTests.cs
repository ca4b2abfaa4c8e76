using Scheduler.Domain.Model;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Exhaustive;

/// <summary>
/// The Optimized planner reaches the exhaustive optimum on tiny instances: the same unassigned, visits and
/// department-visits as <see cref="BruteForce"/>, and a per-enterprise bound equal to the proven minimum.
/// </summary>
public sealed class OptimizedMatchesBruteForceTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Optimized_EqualsBruteForceOptimum_WhenTheInstanceIsTinyAndRandom(int seed)
    {
        AssertMatchesBruteForce(TinyRandomInstance.Create(seed));
    }

    [Theory]
    [MemberData(nameof(HandPickedInstances.Names), MemberType = typeof(HandPickedInstances))]
    public void Optimized_EqualsBruteForceOptimum_WhenTheInstanceIsHandPicked(string name)
    {
        AssertMatchesBruteForce(HandPickedInstances.All[name].Instance);
    }

    private static void AssertMatchesBruteForce(Instance instance)
    {
        var expected = BruteForce.Solve(instance);

        var result = Planning.RunValid(PlannerKind.Optimized, instance);

        var plan = result.Plan;
        var got = new BruteForceOptimum(plan.Unassigned.Count, plan.Visits.Count, PlanView.DepartmentVisits(instance, plan));
        Assert.True(expected == got, $"{instance.Name}: brute force {expected}, Optimized {got}{PlanAssert.Describe(plan)}");
        if (expected.Unassigned == 0)
        {
            Assert.True(
                result.PerEnterpriseBound == expected.Visits,
                $"{instance.Name}: PerEnterpriseBound {result.PerEnterpriseBound?.ToString() ?? "null"}, brute-force minimum {expected.Visits}");
        }
    }
}

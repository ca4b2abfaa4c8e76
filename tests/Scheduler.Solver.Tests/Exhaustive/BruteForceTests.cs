using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Exhaustive;

/// <summary>The reference itself is checked against optima worked out by hand, so that agreement with it means something.</summary>
public sealed class BruteForceTests
{
    [Theory]
    [MemberData(nameof(HandPickedInstances.Names), MemberType = typeof(HandPickedInstances))]
    public void Solve_ReturnsTheHandProvenOptimum_WhenTheInstanceIsHandPicked(string name)
    {
        var (instance, optimum) = HandPickedInstances.All[name];

        Assert.Equal(optimum, BruteForce.Solve(instance));
    }

    [Fact]
    public void Solve_LeavesEverythingUnassigned_WhenTheOnlyNeedFitsNoVisit()
    {
        var instance = TinyInstance.Create().Need("N1", "D1", minutes: 300, times: 2).Build();

        Assert.Equal(new BruteForceOptimum(2, 0, 0), BruteForce.Solve(instance));
    }

    [Fact]
    public void Solve_Throws_WhenTheInstanceHasCapacityRows()
    {
        var instance = TinyInstance.Create().Need("N1", "D1").Capacity("D1", 1, 1).Build();

        Assert.Throws<ArgumentException>(() => BruteForce.Solve(instance));
    }
}

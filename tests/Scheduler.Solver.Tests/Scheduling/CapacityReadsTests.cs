using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Scheduling;

/// <summary>
/// A model built on one state of the capacity ledger is the model another state builds exactly when every cell it bounded
/// has the same room and every other cell still has room for all of its uses (a solve made ahead is kept only then).
/// </summary>
public sealed class CapacityReadsTests
{
    private static CapacityLedger Ledger(int capacity) =>
        new(new CompiledInstance(TinyInstance.Create().Need("N1", "D1").Need("N2", "D2").Capacity("D1", 3, capacity).Build()));

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(0, false)]
    public void Hold_ForABoundedCell_OnlyWithTheSameRoom(int roomNow, bool holds)
    {
        var reads = new CapacityReads();
        reads.Add(0, 3, uses: 3, residual: 1);
        var ledger = Ledger(roomNow);

        Assert.True(CapacityReads.Bounds(3, 1));
        Assert.Equal(holds, reads.Hold(ledger));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(9, true)]
    [InlineData(1, false)]
    public void Hold_ForACellWithRoomForEveryUse_WhileItStillHasRoomForThem(int roomNow, bool holds)
    {
        var reads = new CapacityReads();
        reads.Add(0, 3, uses: 2, residual: 5);
        var ledger = Ledger(roomNow);

        Assert.False(CapacityReads.Bounds(2, 5));
        Assert.Equal(holds, reads.Hold(ledger));
    }

    [Fact]
    public void Hold_ForACellNoRowBounds_Always()
    {
        var reads = new CapacityReads();
        reads.Add(1, 3, uses: 4, residual: CompiledInstance.Unbounded);
        var ledger = Ledger(0);

        Assert.False(CapacityReads.Bounds(4, CompiledInstance.Unbounded));
        Assert.True(reads.Hold(ledger));
    }

    [Fact]
    public void Clone_IsCountedApart()
    {
        var ledger = Ledger(3);
        var copy = ledger.Clone();

        copy.Lend(0, 3, -2);

        Assert.Equal(3, ledger.Residual(0, 3));
        Assert.Equal(1, copy.Residual(0, 3));
    }
}

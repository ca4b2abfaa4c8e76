using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Tests.Validation;

public sealed class OccurrenceFitTests
{
    private static readonly int[] AllMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    [Theory]
    [InlineData(1, 12)]
    [InlineData(2, 6)]
    [InlineData(3, 4)]
    [InlineData(5, 3)]
    [InlineData(6, 2)]
    [InlineData(12, 1)]
    [InlineData(0, 12)]
    public void MostOccurrences_PacksFromJanuary_WhenEveryMonthIsOpen(int gap, int expected)
    {
        Assert.Equal(expected, OccurrenceFit.MostOccurrences(AllMonths, [], gap));
    }

    [Fact]
    public void MostOccurrences_IsZero_WhenEveryMonthIsClosed()
    {
        Assert.Equal(0, OccurrenceFit.MostOccurrences(AllMonths, AllMonths, 1));
    }

    [Fact]
    public void MostOccurrences_SkipsClosedAndInvalidMonths_WhenCounting()
    {
        // Open: 1, 3, 12 (7 closed; 0 and 14 ignored); gap 2 takes 1, 3, 12.
        Assert.Equal(3, OccurrenceFit.MostOccurrences([0, 1, 3, 7, 12, 14], [7], 2));
    }

    [Fact]
    public void MostOccurrences_DoesNotWrapAround_WhenGapSpansTheNewYear()
    {
        // December and January are 11 months apart within the plan year, not 1.
        Assert.Equal(2, OccurrenceFit.MostOccurrences([1, 12], [], 11));
        Assert.Equal(1, OccurrenceFit.MostOccurrences([1, 12], [], 12));
    }
}

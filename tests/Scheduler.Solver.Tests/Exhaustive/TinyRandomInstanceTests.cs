namespace Scheduler.Solver.Tests.Exhaustive;

/// <summary>The random tiny instances that Optimized is compared on are varied enough for the comparison to mean something.</summary>
public sealed class TinyRandomInstanceTests
{
    [Fact]
    public void Create_CoversMergesCapsAndInfeasibleOccurrences_WhenSeedsAreOneToForty()
    {
        var instances = Enumerable.Range(1, 40).Select(TinyRandomInstance.Create).ToArray();
        var optima = instances.Select(BruteForce.Solve).ToArray();
        var occurrences = instances.Select(i => i.Needs.Sum(n => n.TimesPerYear)).ToArray();

        Assert.Contains(optima, o => o.Unassigned > 0);
        Assert.True(optima.Count(o => o.Unassigned == 0) >= 20, "most instances should admit a full plan");
        Assert.Contains(Enumerable.Range(0, 40), i => optima[i].Unassigned == 0 && optima[i].Visits < occurrences[i]);
        Assert.Contains(instances, i => i.Needs.Any(n => n.Standalone));
        Assert.Contains(instances, i => i.Rules.MaxVisitsPerYearByTier.Count > 0);
        Assert.Contains(instances, i => i.Needs.Count == 3 && i.Needs.Any(n => n.TimesPerYear == 2));
    }

    [Fact]
    public void Create_ReturnsTheSameInstance_WhenTheSeedIsTheSame()
    {
        var a = Domain.Json.ContractJson.Write(TinyRandomInstance.Create(17));
        var b = Domain.Json.ContractJson.Write(TinyRandomInstance.Create(17));

        Assert.Equal(a, b);
    }
}

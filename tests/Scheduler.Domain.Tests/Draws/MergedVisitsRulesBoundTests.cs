using Scheduler.Domain.Draws;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Tests.Draws;

/// <summary>The merged visits' bound under the per-visit department cap and standalone checks, on hand-counted enterprises.</summary>
public sealed class MergedVisitsRulesBoundTests
{
    private static Need N(string enterprise, string department, int times = 1, bool standalone = false) =>
        new() { Id = $"{department}:{enterprise}:{times}:{standalone}", Department = department, Enterprise = enterprise, TimesPerYear = times, Standalone = standalone };

    [Fact]
    public void FiveDepartmentsOnceAYear_NeedTwoVisits_WhenAVisitHoldsFour()
    {
        Need[] needs = [N("E1", "A"), N("E1", "B"), N("E1", "C"), N("E1", "D"), N("E1", "E")];

        Assert.Equal(2, DrawFigures.RulesBound(needs, 4));
        Assert.Equal(1, DrawFigures.RulesBound(needs, 5));
    }

    [Fact]
    public void AStandaloneCheck_TakesAVisitOfItsOwn_ThatItsDepartmentsOtherChecksMayShare()
    {
        // A's standalone check once a year and A's routine check once: one visit carries both; B and C share a second.
        Need[] shared = [N("E1", "A", standalone: true), N("E1", "A"), N("E1", "B"), N("E1", "C")];
        // A's routine check twice a year: one occurrence rides on the standalone visit, the other joins B and C.
        Need[] twice = [N("E1", "A", standalone: true), N("E1", "A", times: 2), N("E1", "B"), N("E1", "C")];

        Assert.Equal(2, DrawFigures.RulesBound(shared, 4));
        Assert.Equal(2, DrawFigures.RulesBound(twice, 4));
    }

    [Fact]
    public void TheMostTimesAYear_StillBounds_AndEnterprisesAdd()
    {
        Need[] needs = [N("E1", "A", times: 3), N("E1", "B"), N("E2", "A"), N("E2", "B", standalone: true)];

        // E1: A three times, B rides along: 3. E2: B's standalone visit and A's: 2.
        Assert.Equal(5, DrawFigures.RulesBound(needs, 4));
    }
}

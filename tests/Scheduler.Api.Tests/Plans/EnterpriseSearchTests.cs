using Scheduler.Api.Plans;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Tests.Plans;

public sealed class EnterpriseSearchTests
{
    private static readonly PlanIndex Index = new(PlanSamples.Instance());

    [Fact]
    public void Search_MatchesNameIdIndustryOrTownshipName_IgnoringCase()
    {
        Assert.Equal(["E2"], EnterpriseSearch.Search(Index, "超市", null, 1).Items.Select(e => e.Id));
        Assert.Equal(["E3"], EnterpriseSearch.Search(Index, "e3", null, 1).Items.Select(e => e.Id));
        Assert.Equal(["E1"], EnterpriseSearch.Search(Index, "RESTAURANT", null, 1).Items.Select(e => e.Id));
        Assert.Equal(["E3"], EnterpriseSearch.Search(Index, "石浦镇", null, 1).Items.Select(e => e.Id));
        Assert.Equal(3, EnterpriseSearch.Search(Index, "  ", null, 1).Total);
    }

    [Fact]
    public void Search_RequiresEveryWord_AndNarrowsToTheTownship()
    {
        Assert.Empty(EnterpriseSearch.Search(Index, "丹东 石浦", null, 1).Items);
        Assert.Equal(["E1", "E2"], EnterpriseSearch.Search(Index, null, "T1", 1).Items.Select(e => e.Id));
        Assert.Empty(EnterpriseSearch.Search(Index, "石浦", "T1", 1).Items);
    }

    [Fact]
    public void Search_ClampsThePage_WhenItIsOutOfRange()
    {
        var instance = PlanSamples.Instance() with
        {
            Enterprises = [.. Enumerable.Range(1, 25).Select(i => new Enterprise { Id = $"E{i:00}", Name = $"企业{i}", Township = "T1" })],
        };
        var index = new PlanIndex(instance);

        var last = EnterpriseSearch.Search(index, null, null, 99, pageSize: 10);
        Assert.Equal((25, 3, 3), (last.Total, last.Pages, last.Page));
        Assert.Equal(["E21", "E22", "E23", "E24", "E25"], last.Items.Select(e => e.Id));
        Assert.Equal("E01", EnterpriseSearch.Search(index, null, null, -4, pageSize: 10).Items[0].Id);
        Assert.Equal((0, 1, 1), (EnterpriseSearch.Search(index, "nothing", null, 2).Total, 1, 1));
    }
}

using Scheduler.Domain.Model;
using Scheduler.Generator.Tests.Support;

namespace Scheduler.Generator.Tests;

public class CountyGeneratorShapeTests
{
    [Theory]
    [InlineData("50", 50)]
    [InlineData("5000", 5000)]
    public void Generate_HasTheCountysFixedShape_WhenAnySize(string county, int enterprises)
    {
        var instance = Counties.ByName(county).Instance;

        Assert.Equal(enterprises, instance.Enterprises.Count);
        Assert.Equal(18, instance.Townships.Count);
        Assert.Equal(Enumerable.Range(1, 18).Select(i => $"T{i:00}"), instance.Townships.Select(t => t.Id));
        Assert.Equal(["ZHZF", "SCJG", "STHJ", "JTYS", "WHSC", "NYNC", "YJGL", "ZRZY", "WSJD", "YY", "KA"], instance.Departments.Select(d => d.Id));
        Assert.All(instance.Departments, d => Assert.InRange(instance.CheckItems.Count(i => i.Department == d.Id), 3, 8));
        Assert.All(instance.CheckItems, i => Assert.InRange(i.Minutes, 20, 120));
        Assert.All(instance.Townships, t =>
        {
            Assert.InRange(t.Location.Lat, 29.1, 29.65);
            Assert.InRange(t.Location.Lon, 121.7, 122.1);
        });
        Assert.Equal(enterprises, instance.Enterprises.Select(e => e.Id).Distinct().Count());
        Assert.Equal($"xiangshan-{enterprises}-s{(enterprises == 50 ? 3 : 11)}", instance.Name);
    }

    [Theory]
    [InlineData("50")]
    [InlineData("5000")]
    public void Generate_GivesEveryEnterpriseOneToSixNeeds_WhenAnySize(string county)
    {
        var instance = Counties.ByName(county).Instance;
        var counts = instance.Needs.GroupBy(n => n.Enterprise).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(instance.Enterprises, e => Assert.InRange(counts.GetValueOrDefault(e.Id), 1, 6));
    }

    [Fact]
    public void Generate_MatchesTierSharesAndNeedMix_WhenFiveThousandEnterprises()
    {
        var instance = Counties.Of5000.Instance;
        double Share(string tier) => instance.Enterprises.Count(e => e.CreditTier == tier) / (double)instance.Enterprises.Count;

        Assert.InRange(Share(CreditTiers.Green), 0.57, 0.63);
        Assert.InRange(Share(CreditTiers.Yellow), 0.27, 0.33);
        Assert.InRange(Share(CreditTiers.Red), 0.08, 0.12);
        var perEnterprise = instance.Needs.Count / (double)instance.Enterprises.Count;
        Assert.InRange(perEnterprise, 2.0, 3.0);
        var standalone = instance.Needs.Count(n => n.Standalone) / (double)instance.Needs.Count;
        Assert.InRange(standalone, 0.01, 0.035);
    }

    [Fact]
    public void Generate_PlacesEnterprisesNearTheirTownshipOffice_WhenFiveThousandEnterprises()
    {
        var instance = Counties.Of5000.Instance;
        var towns = instance.Townships.ToDictionary(t => t.Id);

        Assert.All(instance.Enterprises, e => Assert.InRange(e.Location.HaversineKm(towns[e.Township].Location), 0, 5.05));
        var urban = instance.Enterprises.Count(e => e.Township is "T01" or "T02") / (double)instance.Enterprises.Count;
        Assert.InRange(urban, 0.15, 0.35);
    }

    [Fact]
    public void Generate_RepeatsProfiles_WhenFiveThousandEnterprises()
    {
        var instance = Counties.Of5000.Instance;
        var profiles = instance.Needs.GroupBy(n => n.Enterprise)
            .Select(g => string.Join("|", g.Select(n => $"{n.Department}:{string.Join(",", n.Items)}:{n.TimesPerYear}:{string.Join(",", n.Months)}:{n.MinGapMonths}:{n.Standalone}")))
            .Distinct()
            .Count();

        Assert.InRange(profiles, 50, 1500);
    }

    [Fact]
    public void Generate_ClosesMostFishingFirmsDuringTheMoratorium_WhenFiveThousandEnterprises()
    {
        var fishing = Counties.Of5000.Instance.Enterprises.Where(e => e.Industry == "fishing").ToList();

        Assert.NotEmpty(fishing);
        var closed = fishing.Count(e => e.ClosedMonths.SequenceEqual([5, 6, 7, 8, 9])) / (double)fishing.Count;
        Assert.InRange(closed, 0.55, 0.85);
    }

    [Fact]
    public void Generate_CapsGreenAtTwo_WhenGreenCapIsDefault()
    {
        var rules = Counties.Of300.Instance.Rules;

        Assert.Equal(2, rules.CapFor(CreditTiers.Green));
        Assert.Null(rules.CapFor(CreditTiers.Yellow));
        Assert.Null(rules.CapFor(CreditTiers.Red));
        Assert.Equal(1, Counties.Tight200.Instance.Rules.CapFor(CreditTiers.Green));
    }
}

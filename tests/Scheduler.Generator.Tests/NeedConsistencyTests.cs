using Scheduler.Generator.Tests.Support;

namespace Scheduler.Generator.Tests;

public class NeedConsistencyTests
{
    [Theory]
    [MemberData(nameof(Counties.AllNamesButInfeasible5000), MemberType = typeof(Counties))]
    public void Needs_ReferToTheirEnterpriseDepartmentAndItems_WhenGenerated(string county)
    {
        var instance = Counties.ByName(county).Instance;
        var enterprises = instance.Enterprises.ToDictionary(e => e.Id);
        var departments = instance.Departments.Select(d => d.Id).ToHashSet();
        var items = instance.CheckItems.ToDictionary(i => i.Id);

        Assert.Equal(instance.Needs.Count, instance.Needs.Select(n => n.Id).Distinct().Count());
        Assert.All(instance.Needs, n =>
        {
            Assert.True(enterprises.ContainsKey(n.Enterprise), $"{n.Id}: unknown enterprise {n.Enterprise}");
            Assert.Contains(n.Department, departments);
            Assert.NotEmpty(n.Items);
            Assert.All(n.Items, i => Assert.Equal(n.Department, items[i].Department));
            Assert.Equal(n.Items.Count, n.Items.Distinct().Count());
        });
    }

    [Theory]
    [MemberData(nameof(Counties.AllNamesButInfeasible5000), MemberType = typeof(Counties))]
    public void Needs_CanEachBeHeldAlone_WhenGenerated(string county)
    {
        var instance = Counties.ByName(county).Instance;
        var enterprises = instance.Enterprises.ToDictionary(e => e.Id);
        var minutes = instance.CheckItems.ToDictionary(i => i.Id, i => i.Minutes);

        Assert.All(instance.Needs, n =>
        {
            Assert.NotEmpty(n.Months);
            Assert.All(n.Months, m => Assert.InRange(m, 1, 12));
            Assert.InRange(n.TimesPerYear, 1, 12);
            Assert.True(n.MinGapMonths >= 1);
            var open = Months.Open(n, enterprises[n.Enterprise]);
            Assert.True(open.Count > 0, $"{n.Id}: every month of it is closed");
            Assert.True(Months.MostOccurrences(open, n.MinGapMonths) >= n.TimesPerYear, $"{n.Id}: {n.TimesPerYear} times do not fit");
            Assert.True(n.Items.Sum(i => minutes[i]) <= instance.Rules.MaxVisitMinutes, $"{n.Id}: too long for one visit");
        });
    }

    [Theory]
    [InlineData("300")]
    [InlineData("5000")]
    public void Needs_AskAtMostTwicePerDepartmentAndEnterprise_WhenFeasible(string county)
    {
        var instance = Counties.ByName(county).Instance;

        Assert.All(instance.Needs.GroupBy(n => (n.Enterprise, n.Department)), g => Assert.InRange(g.Count(), 1, 2));
    }

    [Fact]
    public void Needs_FollowTheFishingMoratorium_WhenFisheriesOrPortAsk()
    {
        var instance = Counties.Of5000.Instance;

        Assert.All(instance.Needs.Where(n => n.Department is "YY" or "KA"), n => Assert.Equal([1, 2, 3, 4, 10, 11, 12], n.Months));
    }

    [Fact]
    public void Needs_IncludeFrequentOnesForRedFirms_WhenFiveThousandEnterprises()
    {
        var instance = Counties.Of5000.Instance;
        var red = instance.Enterprises.Where(e => e.CreditTier == "red").Select(e => e.Id).ToHashSet();

        Assert.Contains(instance.Needs, n => red.Contains(n.Enterprise) && n.TimesPerYear == 12);
        Assert.Contains(instance.Needs, n => n.MinGapMonths >= 2);
        Assert.All(instance.Needs.Where(n => !red.Contains(n.Enterprise)), n => Assert.InRange(n.TimesPerYear, 1, 4));
    }
}

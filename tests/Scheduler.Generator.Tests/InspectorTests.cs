using Scheduler.Domain.Model;
using Scheduler.Generator.Tests.Support;

namespace Scheduler.Generator.Tests;

public class InspectorTests
{
    [Theory]
    [InlineData("50")]
    [InlineData("300")]
    [InlineData("5000")]
    [InlineData("300sized")]
    public void Inspectors_HaveTwoCountyLevelOfficersPerDepartment_WhenAnySize(string county)
    {
        var instance = Counties.ByName(county).Instance;

        Assert.All(instance.Departments, d => Assert.True(instance.Inspectors.Count(i => i.Department == d.Id && i.Township is null) >= 2, d.Id));
        Assert.Equal(instance.Inspectors.Count, instance.Inspectors.Select(i => i.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("300")]
    [InlineData("5000")]
    [InlineData("300sized")]
    public void Inspectors_ReferToKnownThingsWithinTheYear_WhenGenerated(string county)
    {
        var instance = Counties.ByName(county).Instance;
        var townships = instance.Townships.Select(t => t.Id).ToHashSet();
        var departments = instance.Departments.Select(d => d.Id).ToHashSet();
        var enterprises = instance.Enterprises.ToDictionary(e => e.Id);

        Assert.All(instance.Inspectors, i =>
        {
            Assert.Contains(i.Department, departments);
            Assert.True(i.Township is null || townships.Contains(i.Township));
            Assert.All(i.Unavailable, d => Assert.Equal(instance.Year, d.Year));
            Assert.Equal(i.Unavailable.Order(), i.Unavailable);
            Assert.Equal(i.Unavailable.Count, i.Unavailable.Distinct().Count());
            Assert.InRange(i.Conflicts.Count, 0, 2);
            Assert.All(i.Conflicts, e => Assert.True(i.Township is null || enterprises[e].Township == i.Township));
        });
        Assert.Contains(instance.Inspectors, i => i.Unavailable.Count > 0);
        Assert.Contains(instance.Inspectors, i => i.Conflicts.Count > 0);
    }

    /// <summary>A necessary condition for staffing: in every township and month, each department's pairs that may go
    /// there (posted there, or county level) can make its joint visits on the month's joint weekdays, six a team-day.
    /// Only the staff sized from the witness promises this; a fixed staff is what the county has.</summary>
    [Theory]
    [InlineData("300sized")]
    [InlineData("5000sized")]
    public void Inspectors_SufficeForEachMonthsJointVisits_WhenGenerated(string county)
    {
        var (instance, witness) = Counties.ByName(county);
        var needs = instance.Needs.ToDictionary(n => n.Id);
        var townshipOf = instance.Enterprises.ToDictionary(e => e.Id, e => e.Township);
        var jointDays = JointDaysPerMonth(instance);
        var perDay = instance.Rules.MaxVisitsPerTeamDay;
        var pair = instance.Rules.OfficersPerDepartment;

        var joint = new Dictionary<(string, string, int), int>();
        var county_ = new Dictionary<(string, int), int>();
        foreach (var v in witness.Visits)
        {
            var departments = v.Tasks.Select(t => needs[t.Need].Department).Distinct().ToList();
            foreach (var d in departments)
            {
                var key = (d, townshipOf[v.Enterprise], v.Month);
                joint[key] = joint.GetValueOrDefault(key) + (departments.Count > 1 ? 1 : 0);
                county_[(d, v.Month)] = county_.GetValueOrDefault((d, v.Month)) + (departments.Count > 1 ? 1 : 0);
            }
        }
        Assert.All(joint, kv =>
        {
            var (d, t, m) = kv.Key;
            var pairs = instance.Inspectors.Count(i => i.Department == d && (i.Township is null || i.Township == t)) / pair;
            Assert.True(kv.Value <= pairs * jointDays[m] * perDay, $"{d} in {t}, month {m}: {kv.Value} joint visits, {pairs} pairs");
        });
        Assert.All(county_, kv =>
        {
            var pairs = instance.Inspectors.Count(i => i.Department == kv.Key.Item1) / pair;
            Assert.True(kv.Value <= pairs * jointDays[kv.Key.Item2] * perDay);
        });
    }

    [Fact]
    public void Inspectors_NumberTheCountysStaffAndAreMostlyPosted_WhenTwelveThousandEnterprises()
    {
        var inspectors = Counties.Of12000.Instance.Inspectors;

        Assert.Equal(370, inspectors.Count);
        var countyShare = inspectors.Count(i => i.Township is null) / (double)inspectors.Count;
        Assert.InRange(countyShare, 0.25, 0.42);
        Assert.Equal("xiangshan-12000-s1", Counties.Of12000.Instance.Name);
    }

    private static Dictionary<int, int> JointDaysPerMonth(Instance instance)
    {
        var holidays = instance.Calendar.Holidays.ToHashSet();
        var extra = instance.Calendar.ExtraWorkdays.ToHashSet();
        var days = Enumerable.Range(1, 12).ToDictionary(m => m, _ => 0);
        for (var d = new DateOnly(instance.Year, 1, 1); d.Year == instance.Year; d = d.AddDays(1))
        {
            var working = (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !holidays.Contains(d)) || extra.Contains(d);
            if (working && instance.Calendar.JointWeekdays.Contains(d.DayOfWeek)) days[d.Month]++;
        }
        return days;
    }
}

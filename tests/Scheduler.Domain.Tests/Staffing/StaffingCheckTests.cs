using Scheduler.Domain.Model;
using Scheduler.Domain.Staffing;
using Scheduler.Domain.Tests.TestData;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Tests.Staffing;

/// <summary>The staffing check on TinyCounty and on broken variants of it: findings with paths, never an exception.</summary>
public sealed class StaffingCheckTests
{
    [Fact]
    public void Check_FindsNothing_WhenEveryDepartmentHasTeamsForItsNeeds()
    {
        Assert.Empty(StaffingCheck.Check(TinyCounty.Instance()));
    }

    [Fact]
    public void Check_NamesTheDepartment_WhenItHasOneOfficer()
    {
        var instance = TinyCounty.Instance();
        instance = instance with { Inspectors = instance.Inspectors.Where(o => o.Id != "OD2").ToArray() };

        var finding = Assert.Single(StaffingCheck.Check(instance), f => f.Kind == "officers");
        Assert.Equal("D", finding.Department);
        Assert.Equal("$.departments[3]", finding.Path);
        Assert.Equal(1, finding.Available);
        Assert.Equal(2, finding.Needed);
        Assert.Contains("none of its visits can be staffed", finding.Message);
    }

    [Fact]
    public void Check_WarnsWithThePath_WhenLeaveLiesOutsideThePlanYear()
    {
        var instance = TinyCounty.Instance();
        var officers = instance.Inspectors.ToArray();
        officers[0] = officers[0] with { Unavailable = [new DateOnly(2026, 12, 31)] };
        instance = instance with { Inspectors = officers };

        Assert.Empty(InstanceValidator.Validate(instance));
        var finding = Assert.Single(StaffingCheck.Check(instance), f => f.Kind == "leave");
        Assert.Equal("$.inspectors[0].unavailable", finding.Path);
        Assert.Contains("outside the plan year 2027", finding.Message);
    }

    [Fact]
    public void Validate_NamesTheTownship_WhenAnOfficerIsPostedToAnUnknownOne()
    {
        var instance = TinyCounty.Instance();
        var officers = instance.Inspectors.ToArray();
        officers[2] = officers[2] with { Township = "T9" };
        instance = instance with { Inspectors = officers };

        var error = Assert.Single(InstanceValidator.Validate(instance));
        Assert.Equal("$.inspectors[2].township", error.Path);
    }

    [Fact]
    public void CheckPlan_FindsNothing_WhenThePlanIsWithinEveryDepartmentsTeamDays()
    {
        Assert.Empty(StaffingCheck.CheckPlan(TinyCounty.Instance(), TinyCounty.ValidPlan()));
    }

    [Fact]
    public void CheckPlan_NamesDepartmentAndMonth_WhenTheJointVisitsNeedMoreTeamDaysThanItsOfficersMake()
    {
        // Twenty joint visits of A and B in March at E1 (T1): 5 team-days at 4 a day, A has 4 pairs-days on Tuesdays.
        var instance = TinyCounty.Instance();
        var visits = Enumerable.Range(1, 20).Select(k => TinyCounty.Visit($"X{k}", "E1", 3, ("N2", 1), ("N3", 1))).ToList();
        var plan = TinyCounty.ValidPlan() with { Visits = visits };

        var finding = Assert.Single(StaffingCheck.CheckPlan(instance, plan), f => f.Kind == "joint" && f.Department == "A");
        Assert.Equal(3, finding.Month);
        Assert.Equal(4, finding.Available);
        Assert.Equal(5, finding.Needed);
    }
}

using Scheduler.Domain.Staffing;
using Scheduler.Domain.Tests.TestData;

namespace Scheduler.Domain.Tests.Staffing;

/// <summary>Team-days per department, township and month on TinyCounty (March 2027: joint Tuesdays 2, 16, 23, 30; 9 March a holiday).</summary>
public sealed class StaffCapacityTests
{
    private static readonly StaffCapacity Staff = new(TinyCounty.Instance());

    [Fact]
    public void JointTeamDays_CountsWholePairsOnEachJointDay_CountyWide()
    {
        // A: OA1, OA2 (county; OA2 away on 16 March) and OA3 (posted to T2): three officers, one pair, every Tuesday.
        Assert.Equal(4, Staff.JointTeamDays(0, null, 3));
    }

    [Fact]
    public void JointTeamDays_CountsOnlyOfficersWhoMayGoThere_WhenATownshipIsNamed()
    {
        // T1 (index 0): only OA1 and OA2 may go; on 16 March OA2 is away, so no pair that day.
        Assert.Equal(3, Staff.JointTeamDays(0, 0, 3));
        // T2 (index 1): OA3 makes a pair with a county officer even on the 16th.
        Assert.Equal(4, Staff.JointTeamDays(0, 1, 3));
    }

    [Fact]
    public void OtherTeamDays_CountsTheWorkingDaysThatAreNotJointDays()
    {
        // March 2027: 23 weekdays, less the holiday, plus Saturday 13 March: 23 working days, 4 of them joint.
        Assert.Equal(19, Staff.OtherTeamDays(0, 0, 3));
    }

    [Fact]
    public void Officers_CountsEveryOfficerOfTheDepartment()
    {
        Assert.Equal(3, Staff.Officers[0]);
        Assert.Equal(2, Staff.OfficersPerTeam);
    }
}

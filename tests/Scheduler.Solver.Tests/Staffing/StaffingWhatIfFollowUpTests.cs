using Scheduler.Domain.Checking;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>
/// The changes a suggested what-if tries last (StaffingWhatIf.FollowUps): the best change that beat the staff as it stands,
/// and the best with a joint weekday when that is another, each while its year still leaves visits out, with a team each of
/// the departments those wait for; none when no change was better, its year leaves nothing out, or it was compared already.
/// </summary>
public sealed class StaffingWhatIfFollowUpTests
{
    private static StaffingAlternative Alternative(string? change, int leftOut, int visits, bool? better, params string[] waitedFor) => new()
    {
        Change = change is null ? null : StaffingChange.Parse(change, out _),
        Officers = 10,
        Year = new YearFigures { Unscheduled = leftOut, Visits = visits },
        Better = better,
        // The year's table: the departments its left-out visits wait for, most first, as given.
        Departments = [.. waitedFor.Select((d, i) => new DepartmentYear
        {
            Department = d, Name = d, Officers = 10, JointTeamDays = 50, JointTeamDaysPossible = 100, VisitsPerJointTeamDay = 4,
            TeamVisitsPerJointTeamDay = 5, JointChecks = 100, AloneChecks = 10, LeftOut = waitedFor.Length - i,
        })],
    };

    private static IEnumerable<string> FollowUps(params StaffingAlternative[] compared) =>
        StaffingWhatIf.FollowUps(compared).Select(c => c.ToString());

    [Fact]
    public void FollowUps_TakeTheBestChange_InTheSpecsOrder_WithTeamsOfWhatItsYearWaitsFor()
    {
        var current = Alternative(null, 30, 1000, null, "A");

        Assert.Equal(["B:2+C:2+Thursday"], FollowUps(current, Alternative("Thursday", 3, 800, true, "B", "C", "D"),
            Alternative("B:2+C:2", 9, 990, true, "A"), Alternative("A:2", 2, 1200, false, "B")));
    }

    [Fact]
    public void FollowUps_TakeTheBestWithAJointWeekdayToo_WhenAnOfficersOnlyChangeComesFirst()
    {
        // The 1,000-enterprise county's what-if: one visit left out fewer puts SCJG:2+YY:2 before Thursday.
        var current = Alternative(null, 47, 3131, null, "SCJG");

        Assert.Equal(["SCJG:2+YY:2+YJGL:2+KA:2", "SCJG:2+YJGL:2+Thursday"], FollowUps(current,
            Alternative("Thursday", 24, 2779, true, "SCJG", "YJGL", "WSJD"), Alternative("SCJG:2+YY:2", 23, 3099, true, "YJGL", "KA")));
    }

    [Fact]
    public void FollowUps_AreNone_WhenNoChangeWasBetter_TheBestLeavesNothingOut_OrTheyWereComparedAlready()
    {
        var current = Alternative(null, 30, 1000, null, "A");

        Assert.Empty(FollowUps(current, Alternative("A:2", 31, 990, false, "A")));
        Assert.Empty(FollowUps(current, Alternative("Thursday", 0, 800, true), Alternative("A:2", 5, 990, true, "B")));
        Assert.Empty(FollowUps(current, Alternative("Thursday", 3, 800, true, "B"), Alternative("B:2+Thursday", 3, 810, false, "B")));
        Assert.Empty(FollowUps(current, Alternative("Thursday", 3, 800, true)));
    }
    [Fact]
    public void Best_IsTheBetterRowWithTheFewestLeftOut_ThenVisits_ThenName()
    {
        StaffingRow Row(string? added, int leftOut, int visits, bool? better) =>
            new(added, null, null, 0, 10, 0, leftOut, visits, null, null, 0, 0, null, better, null, null, null);

        var rows = new[] { Row(null, 30, 1000, null), Row("B:2", 3, 900, true), Row("A:2", 3, 900, true), Row("Thursday", 3, 800, true), Row("C:2", 0, 1200, false) };

        Assert.Equal("Thursday", StaffingRow.Best(rows)!.Added);
        Assert.Equal("A:2", StaffingRow.Best(rows.Where(r => r.Added != "Thursday"))!.Added);
        Assert.Null(StaffingRow.Best([rows[0], rows[4]]));
    }
}

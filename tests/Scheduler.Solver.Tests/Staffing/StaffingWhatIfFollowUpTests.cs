using Scheduler.Domain.Checking;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>
/// The change a suggested what-if tries last (StaffingWhatIf.FollowUp): the best change that beat the staff as it stands,
/// when it still leaves visits out, with a team each of the departments those wait for; nothing when no change was better,
/// the best leaves nothing out, or the follow-up was compared already.
/// </summary>
public sealed class StaffingWhatIfFollowUpTests
{
    private static StaffingAlternative Alternative(string? change, int leftOut, int visits, bool? better, params string[] waitedFor) => new()
    {
        Change = change is null ? null : StaffingChange.Parse(change, out _),
        Officers = 10,
        Year = new YearFigures { Unscheduled = leftOut, Visits = visits },
        Better = better,
        WaitedFor = waitedFor,
    };

    [Fact]
    public void FollowUp_IsTheBestChange_InTheSpecsOrder_WithTeamsOfWhatItsYearWaitsFor()
    {
        var compared = new[]
        {
            Alternative(null, 30, 1000, null, "A"),
            Alternative("Thursday", 3, 800, true, "B", "C", "D"),
            Alternative("B:2+C:2", 9, 990, true, "A"),
            Alternative("A:2", 2, 1200, false, "B"),
        };

        Assert.Equal("B:2+C:2+Thursday", StaffingWhatIf.FollowUp(compared)!.ToString());
    }

    [Fact]
    public void FollowUp_IsNothing_WhenNoChangeWasBetter_TheBestLeavesNothingOut_OrItWasComparedAlready()
    {
        var current = Alternative(null, 30, 1000, null, "A");

        Assert.Null(StaffingWhatIf.FollowUp([current, Alternative("A:2", 31, 990, false, "A")]));
        Assert.Null(StaffingWhatIf.FollowUp([current, Alternative("Thursday", 0, 800, true), Alternative("A:2", 5, 990, true, "B")]));
        Assert.Null(StaffingWhatIf.FollowUp([current, Alternative("Thursday", 3, 800, true, "B"), Alternative("B:2+Thursday", 3, 810, false, "B")]));
        Assert.Null(StaffingWhatIf.FollowUp([current, Alternative("Thursday", 3, 800, true)]));
    }
}

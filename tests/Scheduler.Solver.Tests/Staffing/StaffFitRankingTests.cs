using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Staffing;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>
/// A year's fit splits first the joint visit whose split relieves the most overflow: two short departments on one visit
/// are relieved by one split, where the enterprise order would split another visit first and then that one as well.
/// </summary>
public sealed class StaffFitRankingTests
{
    [Fact]
    public void Run_SplitsTheVisitRelievingTwoShortDepartmentsFirst()
    {
        // February only: E1's joint visit holds D1 and D3, E2's D1 and D2. D1's joint places are one over, D2's one over.
        var instance = TinyInstance.Create()
            .Inspectors("D1", 2).Inspectors("D2", 2).Inspectors("D3", 2)
            .Enterprise("E1").Enterprise("E2")
            .Need("N1", "D1", "E1", months: [2]).Need("N2", "D3", "E1", months: [2])
            .Need("N3", "D1", "E2", months: [2]).Need("N4", "D2", "E2", months: [2]).Build();
        EnterpriseSchedule[] schedules =
        [
            new(0, [new ScheduledVisit(2, [0, 1])], []),
            new(1, [new ScheduledVisit(2, [2, 3])], []),
        ];
        var (fit, _, _, staff) = StaffFitCase.Build(instance, null, schedules);
        staff.Tighten(new StaffCell(true, 0, StaffCell.CountyWide, 2), 1);
        staff.Tighten(new StaffCell(true, 1, StaffCell.CountyWide, 2), 0);
        Assert.Equal(2, staff.TotalOverflow);

        var (moves, splits, _) = fit.Run(null, CancellationToken.None);

        Assert.Equal((0, 1), (moves, splits));
        Assert.Equal(0, staff.TotalOverflow);
        Assert.Equal([0, 1], Assert.Single(schedules[0].Visits).Needs.Order());
        Assert.Equal([[2], [3]], schedules[1].Visits.Select(v => v.Needs.ToArray()).OrderBy(n => n[0]));
    }
}

using Scheduler.Domain.Model;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Staffing;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>
/// The staff fit's last step (<see cref="StaffFit.PlaceLeftOut"/>): an occurrence left out is placed where the plan has
/// room — into a visit of the enterprise before a visit of its own — and never over a capacity row or an officers' limit;
/// where only a full capacity row stands in the way, another enterprise's visit that can go to another month makes room.
/// </summary>
public sealed class StaffFitPlacingTests
{
    private static (StaffFit Fit, EnterpriseSchedule[] Schedules, CapacityLedger Ledger) Fit(Instance instance, params EnterpriseSchedule[] schedules) =>
        Fit(instance, null, schedules);

    private static (StaffFit Fit, EnterpriseSchedule[] Schedules, CapacityLedger Ledger) Fit(Instance instance, StaffFitScope? scope, params EnterpriseSchedule[] schedules)
    {
        var c = StaffFitCase.Build(instance, scope, schedules);
        return (c.Fit, c.Schedules, c.Ledger);
    }

    [Fact]
    public void PlaceLeftOut_PlacesAnOccurrenceInAVisitOfItsOwn_WhereCapacityAndOfficersHaveRoom()
    {
        var instance = TinyInstance.Create().Enterprise("E1").Need("N1", "D1", "E1", months: [7, 8]).Inspectors("D1", 2).Build();
        var (fit, schedules, ledger) = Fit(instance, new EnterpriseSchedule(0, [], [0]));

        Assert.Equal(1, fit.PlaceLeftOut());

        Assert.Empty(schedules[0].Unplaced);
        var visit = Assert.Single(schedules[0].Visits);
        Assert.Equal(7, visit.Month);
        Assert.Equal([0], visit.Needs);
        Assert.Contains(Assert.Single(fit.Causes[0]), new[] { "its D1 check left out placed in month 7, where moving other visits for the officers freed room" });
        Assert.Empty(fit.Relieved);
        Assert.Equal(0, fit.PlaceLeftOut());
    }

    [Fact]
    public void PlaceLeftOut_JoinsAVisitOfTheEnterprise_BeforeAddingOne()
    {
        var instance = TinyInstance.Create().Enterprise("E1")
            .Need("N1", "D1", "E1", months: [7, 8]).Need("N2", "D2", "E1", months: [8])
            .Inspectors("D1", 2).Inspectors("D2", 2).Build();
        var (fit, schedules, _) = Fit(instance, new EnterpriseSchedule(0, [new ScheduledVisit(8, [1])], [0]));

        Assert.Equal(1, fit.PlaceLeftOut());

        var visit = Assert.Single(schedules[0].Visits);
        Assert.Equal(8, visit.Month);
        Assert.Equal([0, 1], visit.Needs.Order());
    }

    [Fact]
    public void PlaceLeftOut_LeavesItOut_WhereTheCapacityRowsAreFull()
    {
        var instance = TinyInstance.Create().Enterprise("E1").Need("N1", "D1", "E1", months: [7, 8])
            .Capacity("D1", 7, 0).Capacity("D1", 8, 0).Inspectors("D1", 2).Build();
        var (fit, schedules, _) = Fit(instance, new EnterpriseSchedule(0, [], [0]));

        Assert.Equal(0, fit.PlaceLeftOut());

        Assert.Equal([0], schedules[0].Unplaced);
        Assert.Empty(schedules[0].Visits);
    }

    [Fact]
    public void PlaceLeftOut_LeavesItOut_WhereTheDepartmentHasNoOfficers()
    {
        var instance = TinyInstance.Create().Enterprise("E1").Need("N1", "D1", "E1", months: [7, 8]).Inspectors("D2", 2).Build();
        var (fit, schedules, _) = Fit(instance, new EnterpriseSchedule(0, [], [0]));

        Assert.Equal(0, fit.PlaceLeftOut());

        Assert.Equal([0], schedules[0].Unplaced);
    }

    [Fact]
    public void PlaceLeftOut_MovesAnotherEnterprisesVisitToAnotherMonth_WhereOnlyTheCapacityRowIsFull()
    {
        var instance = TinyInstance.Create().Enterprise("E1").Enterprise("E2")
            .Need("N1", "D1", "E1", months: [7]).Need("N2", "D1", "E2", months: [7, 8])
            .Capacity("D1", 7, 1).Inspectors("D1", 2).Build();
        var (fit, schedules, ledger) = Fit(instance, new EnterpriseSchedule(0, [], [0]), new EnterpriseSchedule(1, [new ScheduledVisit(7, [1])], []));

        Assert.Equal(1, fit.PlaceLeftOut());

        Assert.Equal(1, fit.RoomMoves);
        Assert.Equal(7, Assert.Single(schedules[0].Visits).Month);
        Assert.Empty(schedules[0].Unplaced);
        Assert.Equal(8, Assert.Single(schedules[1].Visits).Month);
        Assert.Equal(0, ledger.Residual(0, 7));
        Assert.Equal("its D1 check(s) of month 7 moved to make room for E1's, which no other month had room for", Assert.Single(fit.Causes[1]));
        Assert.Equal("its D1 check left out placed in month 7, in room made by moving E2's D1 check(s) out of that month", Assert.Single(fit.Causes[0]));
    }

    [Fact]
    public void PlaceLeftOut_MovesNothing_WhereTheOtherVisitHasNoOtherMonth()
    {
        var instance = TinyInstance.Create().Enterprise("E1").Enterprise("E2")
            .Need("N1", "D1", "E1", months: [7]).Need("N2", "D1", "E2", months: [7])
            .Capacity("D1", 7, 1).Inspectors("D1", 2).Build();
        var (fit, schedules, _) = Fit(instance, new EnterpriseSchedule(0, [], [0]), new EnterpriseSchedule(1, [new ScheduledVisit(7, [1])], []));

        Assert.Equal(0, fit.PlaceLeftOut());

        Assert.Equal(0, fit.RoomMoves);
        Assert.Equal([0], schedules[0].Unplaced);
        Assert.Equal(7, Assert.Single(schedules[1].Visits).Month);
    }

    [Fact]
    public void PlaceLeftOut_MovesAVisitOfAnEnterpriseTheReplanKeeps_ForRoomInAFullRow()
    {
        // A replan's first phase changes only the enterprises it re-planned (E1); E2, which no change touched, still gives room:
        // a check placed comes before a visit kept.
        var instance = TinyInstance.Create().Enterprise("E1").Enterprise("E2")
            .Need("N1", "D1", "E1", months: [7]).Need("N2", "D1", "E2", months: [7, 8])
            .Capacity("D1", 7, 1).Inspectors("D1", 2).Build();
        var scope = new StaffFitScope(6, new HashSet<int> { 0 }, CountMoves: true, OnlyPreferred: true);
        var (fit, schedules, _) = Fit(instance, scope, new EnterpriseSchedule(0, [], [0]), new EnterpriseSchedule(1, [new ScheduledVisit(7, [1])], []));

        Assert.Equal(1, fit.PlaceLeftOut());

        Assert.Equal(7, Assert.Single(schedules[0].Visits).Month);
        Assert.Equal(8, Assert.Single(schedules[1].Visits).Month);
        Assert.Equal("its D1 check(s) of month 7 moved to make room for E1's, which no other month had room for", Assert.Single(fit.Causes[1]));
    }

    [Fact]
    public void PlaceLeftOut_RetimesANeedsOccurrences_WhereTheirMonthsLeaveNoneForTheOneLeftOut()
    {
        // Three visits a year, three months apart, in June–December: months 8 and 11 leave no month for the third; 6, 9 and 12 hold all three.
        var instance = TinyInstance.Create().Enterprise("E1")
            .Need("N1", "D1", "E1", times: 3, months: [6, 7, 8, 9, 10, 11, 12], gap: 3).Inspectors("D1", 2).Build();
        var (fit, schedules, _) = Fit(instance, new EnterpriseSchedule(0, [new ScheduledVisit(8, [0]), new ScheduledVisit(11, [0])], [0]));

        Assert.Equal(1, fit.PlaceLeftOut());

        Assert.Empty(schedules[0].Unplaced);
        Assert.Equal([6, 9, 12], schedules[0].Visits.Select(v => v.Month).Order());
        Assert.Equal("its D1 checks re-timed to month(s) 6, 9, 12, which holds one more that was left out", Assert.Single(fit.Causes[0]));
    }

    [Fact]
    public void PlaceLeftOut_RetimesNothingIntoFixedMonths()
    {
        // The same need in a replan from July: month 6 is fixed, so 7–12 hold only two of the three.
        var instance = TinyInstance.Create().Enterprise("E1")
            .Need("N1", "D1", "E1", times: 3, months: [6, 7, 8, 9, 10, 11, 12], gap: 3).Inspectors("D1", 2).Build();
        var scope = new StaffFitScope(6, new HashSet<int> { 0 }, CountMoves: true);
        var (fit, schedules, _) = Fit(instance, scope, new EnterpriseSchedule(0, [new ScheduledVisit(8, [0]), new ScheduledVisit(11, [0])], [0]));

        Assert.Equal(0, fit.PlaceLeftOut());

        Assert.Equal([0], schedules[0].Unplaced);
        Assert.Equal([8, 11], schedules[0].Visits.Select(v => v.Month).Order());
    }
}

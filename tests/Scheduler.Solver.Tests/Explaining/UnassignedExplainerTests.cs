using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Explaining;

/// <summary>
/// The reason of an unassigned occurrence in a plan fitted to the officers: a month the visit limits, the capacity and
/// the gap all allow, but where the department's officers who reach the enterprise are fully used, is named as that.
/// A month where nothing binds (not capped, capacity and officers left, the check fits a visit alone) is named as room
/// left unused, never as "no room within the visit limits"; only a check over the limits on its own is that.
/// </summary>
public sealed class UnassignedExplainerTests
{
    private static readonly CompiledInstance Ci = new(TinyInstance.Create()
        .Enterprise("E1")
        .Need("N1", "D1", "E1", months: [7, 8])
        .Build());

    private static readonly EnterpriseSchedule Left = new(0, [], [0]);

    [Fact]
    public void Explain_NamesTheOfficersFullyUsed_WhereTheStaffFitSaysSo()
    {
        var explainer = new UnassignedExplainer(Ci, new CapacityLedger(Ci), staffFull: (d, e, m) => m == 7);

        var reason = explainer.Explain(Left, 0, 1);

        Assert.Contains("the officers of", reason, StringComparison.Ordinal);
        Assert.Contains("are fully used in month(s) 7", reason, StringComparison.Ordinal);
        Assert.Contains("month(s) 8 still had room for a visit of its own at the end (the capacity of D1 (D1) and its officers)", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("visit limits", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NamesRoomLeftUnused_WithoutTheOfficers()
    {
        var reason = new UnassignedExplainer(Ci, new CapacityLedger(Ci)).Explain(Left, 0, 1);

        Assert.DoesNotContain("officers", reason, StringComparison.Ordinal);
        Assert.Contains("month(s) 7-8 still had room for a visit of its own at the end (the capacity of D1 (D1))", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("visit limits", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NamesTheVisitLimits_WhereTheCheckAloneIsOverThem()
    {
        var ci = new CompiledInstance(TinyInstance.Create()
            .Enterprise("E1")
            .Need("N1", "D1", "E1", months: [7, 8], minutes: 300)
            .Build());

        var reason = new UnassignedExplainer(ci, new CapacityLedger(ci)).Explain(Left, 0, 1);

        Assert.Contains("the check alone is over the visit limits (4 departments, 240 minutes) in month(s) 7-8", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NamesTheTierCap_NotAFullCapacity_WhereTheEnterpriseHasNoVisitThatMonth()
    {
        // A green enterprise (2 visits a year) whose two visits, of D2, are in February and April; D1's July is full.
        var ci = new CompiledInstance(TinyInstance.Create()
            .Enterprise("E1", tier: "green").TierCap("green", 2)
            .Need("N1", "D1", "E1", months: [7, 8]).Need("N2", "D2", "E1", times: 2, months: [2, 4])
            .Capacity("D1", 7, 1)
            .Build());
        var ledger = new CapacityLedger(ci);
        ledger.Add(new EnterpriseSchedule(0, [new ScheduledVisit(7, [0])], []));
        var schedule = new EnterpriseSchedule(0, [new ScheduledVisit(2, [1]), new ScheduledVisit(4, [1])], [0]);

        var reason = new UnassignedExplainer(ci, ledger).Explain(schedule, 0, 1);

        Assert.True(reason.Contains("the green-tier enterprise is capped at 2 visit(s) a year (无事不扰), which its visits in month(s) 2, 4 use, and no visit in month(s) 7-8 can take this check", StringComparison.Ordinal), reason);
        Assert.DoesNotContain("capacity", reason, StringComparison.Ordinal);
    }
}

using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Solver.Replanning;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>
/// Where an enterprise cannot hold every need (here a green enterprise at its tier cap), the occurrences left out are
/// those of its later-listed needs, of the choices with as many visits (EnterpriseMergeModel.LeftOutOrder): the year's
/// planner, a replan (which keeps the published check, listed first) and the plan from scratch after the history
/// leave out the same check.
/// </summary>
public sealed class LeftOutOrderTests
{
    private const int From = 6;

    private static readonly PlannerOptions Options = new() { Work = 2, Seed = 1 };

    [Theory]
    [InlineData("N1", "N2")]
    [InlineData("N2", "N1")]
    public void Plan_LeavesOutTheLaterListedNeed_WhenTheTierCapHoldsOneOfTwo(string first, string second)
    {
        // Two checks whose months do not meet at an enterprise capped at one visit: either fits, one is left out.
        var months = new Dictionary<string, int[]> { ["N1"] = [3], ["N2"] = [9] };
        var instance = TinyInstance.Create()
            .TierCap(CreditTiers.Green, 1)
            .Enterprise("E1", CreditTiers.Green)
            .Need(first, "D1", months: months[first])
            .Need(second, "D2", months: months[second])
            .Build();

        var plan = Planning.RunValid(PlannerKind.Optimized, instance).Plan;

        var left = Assert.Single(plan.Unassigned);
        Assert.Equal(second, left.Need);
        Assert.Contains("those listed last in the needs stay out", left.Reason, StringComparison.Ordinal);
        Assert.Equal(first, Assert.Single(Assert.Single(plan.Visits).Tasks).Need);
    }

    /// <summary>
    /// E1 (green, two visits a year): N1 done in March, N2 published for September; N3 (a standalone check, so it joins no
    /// other visit) is added. One of N2 and N3 must stay out.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Replan_AndThePlanFromScratch_LeaveOutTheNewCheck_WhenTheTierCapHoldsOnlyOne(bool fromScratch)
    {
        TinyInstance Base() => TinyInstance.Create()
            .TierCap(CreditTiers.Green, 2)
            .Enterprise("E1", CreditTiers.Green)
            .Need("N1", "D1", months: [3])
            .Need("N2", "D2");
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "N1#1"), TinyPlan.Visit("V2", "E1", 9, "N2#1")).Build();
        var records = new RecordSet
        {
            Year = 2027, ThroughMonth = From - 1,
            Records = [new VisitRecord { Visit = "V1", Outcome = RecordOutcomes.Done, Date = new DateOnly(2027, 3, 2) }],
        };
        var changed = Base().Need("N3", "D3", standalone: true, months: [7, 8, 9, 10]).Build();

        var result = Replanner.Replan(changed, plan, From, records, Options, fromScratch: fromScratch);

        var replanned = result.Plan!;
        Assert.True(PlanChecker.Check(changed, replanned).Valid, string.Join("; ", PlanChecker.Check(changed, replanned).Violations));
        var left = Assert.Single(replanned.Unassigned);
        Assert.Equal("N3", left.Need);
        Assert.Contains("those listed last in the needs stay out", left.Reason, StringComparison.Ordinal);
        Assert.Equal(["N1", "N2"], replanned.Visits.SelectMany(v => v.Tasks).Select(t => t.Need).Order(StringComparer.Ordinal));
    }
}

using FsCheck.Xunit;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly.Properties;

/// <summary>
/// The repair pass over random generated counties, in the months with the fewest joint weekdays (February, May,
/// October): it keeps every month valid and never leaves more visits out than staffing alone.
/// </summary>
public sealed class RepairPropertyTests
{
    private const int Cases = 10;
    private const string Replay = "(20270502,20270503)";
    private static readonly int[] HardMonths = [2, 5, 10];

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(RandomCountyArbitrary)])]
    public void Plan_StaysValidAndLeavesNoMoreOut_WhenTheRepairRuns(RandomCounty county)
    {
        var annual = Planning.Run(PlannerKind.Greedy, county.Instance, seconds: 5).Plan;
        foreach (var month in HardMonths)
        {
            var without = Run(county, annual, month, repair: false);
            var with = Run(county, annual, month, repair: true);

            MonthAssert.Valid(county.Instance, annual, with.Plan);
            Assert.True(with.Plan.Unscheduled.Count <= without.Plan.Unscheduled.Count,
                $"{county} month {month}: {with.Plan.Unscheduled.Count} left out with the repair, {without.Plan.Unscheduled.Count} without");
            // What the repair cannot place keeps the reason staffing gave; the repair adds no new kind of failure.
            Assert.All(with.Plan.Unscheduled, u => Assert.Contains(u.Visit, without.Plan.Unscheduled.Select(x => x.Visit)));
        }
    }

    private static MonthlyPlanResult Run(RandomCounty county, Scheduler.Domain.Plans.AnnualPlan annual, int month, bool repair)
    {
        var options = MonthlyPlanning.Options(seconds: 2);
        options.Repair = repair;
        options.Restaff = false; // the repair alone against staffing alone
        return new MonthlyPlanner().Plan(county.Instance, annual, month, options, null, CancellationToken.None);
    }
}

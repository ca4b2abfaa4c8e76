using FsCheck.Xunit;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly.Properties;

/// <summary>
/// The re-staffing of the joint days after the repair (JointRestaffing) over random generated counties, in the months
/// with the fewest joint weekdays: every month stays valid and never leaves out more visits, nor other ones, than the repair alone.
/// </summary>
public sealed class RestaffingPropertyTests
{
    private const int Cases = 8;
    private const string Replay = "(20270601,20270603)";
    private static readonly int[] HardMonths = [2, 5, 10];

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(RandomCountyArbitrary)])]
    public void Plan_StaysValidAndLeavesNoMoreOut_WhenTheJointDaysAreRestaffed(RandomCounty county)
    {
        var annual = Planning.Run(PlannerKind.Greedy, county.Instance, seconds: 5).Plan;
        foreach (var month in HardMonths)
        {
            var without = Run(county, annual, month, restaff: false);
            var with = Run(county, annual, month, restaff: true);

            MonthAssert.Valid(county.Instance, annual, with.Plan);
            Assert.True(with.Plan.Unscheduled.Count <= without.Plan.Unscheduled.Count,
                $"{county} month {month}: {with.Plan.Unscheduled.Count} left out with the re-staffing, {without.Plan.Unscheduled.Count} without");
            Assert.All(with.Plan.Unscheduled, u => Assert.Contains(u.Visit, without.Plan.Unscheduled.Select(x => x.Visit)));
        }
    }

    private static MonthlyPlanResult Run(RandomCounty county, Scheduler.Domain.Plans.AnnualPlan annual, int month, bool restaff)
    {
        var options = MonthlyPlanning.Options(seconds: 2);
        options.Restaff = restaff;
        return new MonthlyPlanner().Plan(county.Instance, annual, month, options, null, CancellationToken.None);
    }
}

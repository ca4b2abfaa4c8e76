using Scheduler.Domain.Checking;
using Scheduler.Export.Tests.Support;

namespace Scheduler.Export.Tests;

/// <summary>The fixture is a plan the contract accepts, so the exports are tested on what a planner would hand them.</summary>
public sealed class TinyCountyTests
{
    [Fact]
    public void TinyCounty_KeepsEveryRule_WhenCheckedAgainstTheContract()
    {
        var annual = PlanChecker.Check(TinyCounty.Instance, TinyCounty.Plan);
        var monthly = MonthlyPlanChecker.Check(TinyCounty.Instance, TinyCounty.Plan, TinyCounty.Months);

        Assert.Empty(annual.Violations);
        Assert.Empty(monthly.Violations);
    }
}

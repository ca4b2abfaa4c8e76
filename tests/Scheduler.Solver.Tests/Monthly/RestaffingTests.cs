using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Tests.Monthly.Properties;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>
/// The re-staffing of the joint days after the repair (JointRestaffing): one CP-SAT model re-decides the officers of the
/// left-out visits' scarce departments on all their dates at once, moving other visits between team-days, and places
/// what the repair, one exchange or one or two released visits at a time, could not.
/// </summary>
public sealed class RestaffingTests
{
    /// <summary>A generated county (150 enterprises, greedy annual plan) whose October the repair leaves two visits out of.</summary>
    [Fact]
    public void Plan_PlacesAVisitTheRepairLeftOut_WhenTheJointDaysAreRestaffed()
    {
        var county = RandomCounty.Create(31, 150);
        var annual = Planning.Run(PlannerKind.Greedy, county.Instance, seconds: 5).Plan;

        var repairOnly = Run(county.Instance, annual, 10, restaff: false);
        var restaffed = Run(county.Instance, annual, 10, restaff: true);

        Assert.NotEmpty(repairOnly.Plan.Unscheduled);
        Assert.True(restaffed.Plan.Unscheduled.Count < repairOnly.Plan.Unscheduled.Count, MonthAssert.Describe(restaffed.Plan));
        Assert.All(restaffed.Plan.Unscheduled, u => Assert.Contains(u.Visit, repairOnly.Plan.Unscheduled.Select(x => x.Visit)));
        MonthAssert.Valid(county.Instance, annual, restaffed.Plan);
        if (PythonValidator.Available) MonthAssert.PythonAgrees(county.Instance, annual, restaffed.Plan);
    }

    [Fact]
    public void Plan_IsIdentical_WhenTheJointDaysAreRestaffedTwiceWithTheSameSeed()
    {
        var county = RandomCounty.Create(31, 150);
        var annual = Planning.Run(PlannerKind.Greedy, county.Instance, seconds: 5).Plan;

        var first = Run(county.Instance, annual, 10, restaff: true);
        var second = Run(county.Instance, annual, 10, restaff: true);

        Assert.Equal(ContractJson.Write(first.Plan), ContractJson.Write(second.Plan));
    }

    private static MonthlyPlanResult Run(Instance instance, AnnualPlan annual, int month, bool restaff)
    {
        MonthlyPlanning.AssertInputsValid(instance, annual);
        var options = MonthlyPlanning.Options(seconds: 5);
        options.Restaff = restaff;
        return new MonthlyPlanner().Plan(instance, annual, month, options, null, CancellationToken.None);
    }
}

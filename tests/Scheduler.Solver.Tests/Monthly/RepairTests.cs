using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Properties;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>
/// The repair pass after staffing (UnscheduledRepair): visits the seeded draw left out are placed by making room in a
/// team-day, exchanging officers between the teams of a date or releasing officers elsewhere; and a visit no plan can
/// staff is said to be impossible rather than left to a shortage.
/// </summary>
public sealed class RepairTests
{
    /// <summary>Generated counties (120 enterprises, greedy annual plan) and a month where staffing alone leaves a visit out though a full month exists.</summary>
    [Theory]
    [InlineData(4, 10)]
    [InlineData(17, 10)]
    [InlineData(22, 5)]
    public void Plan_SchedulesEveryVisit_WhenOnlyTheDrawLeftOneOut(int countySeed, int month)
    {
        var county = RandomCounty.Create(countySeed, 120);
        var annual = Planning.Run(PlannerKind.Greedy, county.Instance, seconds: 5).Plan;

        var without = Run(county.Instance, annual, month, repair: false);
        var with = Run(county.Instance, annual, month, repair: true);

        Assert.NotEmpty(without.Plan.Unscheduled);
        Assert.True(with.Plan.Unscheduled.Count == 0, MonthAssert.Describe(with.Plan));
        MonthAssert.Valid(county.Instance, annual, with.Plan);
        if (PythonValidator.Available) MonthAssert.PythonAgrees(county.Instance, annual, with.Plan);
    }

    [Fact]
    public void Plan_IsIdentical_WhenTheRepairRunsTwiceWithTheSameSeed()
    {
        var county = RandomCounty.Create(4, 120);
        var annual = Planning.Run(PlannerKind.Greedy, county.Instance, seconds: 5).Plan;

        var first = Run(county.Instance, annual, 10, repair: true);
        var second = Run(county.Instance, annual, 10, repair: true);

        Assert.Equal(ContractJson.Write(first.Plan), ContractJson.Write(second.Plan));
    }

    [Fact]
    public void Plan_CallsTheVisitImpossible_WhenOnlyOneOfficerOfItsDepartmentIsFreeOfConflict()
    {
        // Two D1 officers, one of them in conflict (回避) with E1: no plan can send two to E1; E2 is unaffected.
        var instance = TinyInstance.Create()
            .Enterprise("E1").Enterprise("E2")
            .Need("N1", "D1", "E1").Need("N2", "D1", "E2")
            .Inspector("A1", "D1", conflicts: ["E1"])
            .Inspector("A2", "D1")
            .Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "N1#1"), TinyPlan.Visit("V2", "E2", 3, "N2#1")).Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);
        var result = MonthlyPlanning.Run(instance, annual, 3);

        var reason = MonthView.ReasonOf(march, "V1");
        Assert.StartsWith(MonthlyPlanner.ImpossiblePrefix, reason);
        Assert.Contains("D1", reason);
        Assert.Equal(["A1", "A2"], MonthView.DayOf(march, "V2").Inspectors.Order());
        // It waits for D1's officers: reported with the shortages, not fed back to the annual fit as one.
        Assert.Empty(result.ShortDepartments);
        Assert.Equal(["D1"], result.LackingDepartments["V1"]);
        Assert.Equal(["D1"], MonthlyPlanResult.ShortOf([result])["V1"]);
    }

    [Fact]
    public void Plan_DoesNotCallAVisitImpossible_WhenOfficersExistButAreBusy()
    {
        // Two D1 officers free on one date only, two visits that cannot share a team-day: one is a shortage, not a proof.
        var only = new DateOnly(2027, 3, 10);
        var instance = TinyInstance.Create()
            .Enterprise("E1").Enterprise("E2")
            .Need("N1", "D1", "E1").Need("N2", "D1", "E2")
            .MaxVisitsPerTeamDay(1)
            .Inspector("A1", "D1", unavailable: MonthView.AllDaysOfMarchExcept(only))
            .Inspector("A2", "D1", unavailable: MonthView.AllDaysOfMarchExcept(only))
            .Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "N1#1"), TinyPlan.Visit("V2", "E2", 3, "N2#1")).Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        var left = Assert.Single(march.Unscheduled);
        Assert.DoesNotContain(MonthlyPlanner.ImpossiblePrefix, left.Reason);
    }

    private static MonthlyPlanResult Run(Instance instance, AnnualPlan annual, int month, bool repair)
    {
        MonthlyPlanning.AssertInputsValid(instance, annual);
        var options = MonthlyPlanning.Options(seconds: 5);
        options.Repair = repair;
        options.Restaff = false; // the repair alone against staffing alone
        return new MonthlyPlanner().Plan(instance, annual, month, options, null, CancellationToken.None);
    }
}

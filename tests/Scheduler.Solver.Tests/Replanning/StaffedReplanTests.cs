using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Replanning;
using Scheduler.Solver.Staffing;
using Scheduler.Solver.Tests.Staffing;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>A replan fitted to the county's officers (staff mode fit) on <see cref="ShortDepartmentReplan"/>.</summary>
public sealed class StaffedReplanTests
{
    [Fact]
    public void Replan_LeavesNothingUnscheduled_WhenNewNeedsWouldOverrunTheShortDepartmentsJointDays()
    {
        var changed = ShortDepartmentReplan.Instance(changed: true);
        // The staffed year manages the changed county (history ignored) ...
        var year = new StaffedYearPlanner().Plan(changed, ShortDepartmentReplan.Options(), ShortDepartmentReplan.MonthOptions());
        Assert.Equal(0, year.Months.Sum(m => m.Figures.Unscheduled));
        // ... the replan fitted to the capacities alone merges September and its months leave visits out ...
        var ignored = ShortDepartmentReplan.Replan(changed: true, fit: false);
        var ignoredMonths = new MonthlyPlanner().PlanYear(changed, ignored.Plan!, ShortDepartmentReplan.MonthOptions(), firstMonth: ShortDepartmentReplan.From);
        Assert.True(ignoredMonths.Sum(m => m.Figures.Unscheduled) > 0, "the case must overrun A's Tuesdays when the staff is ignored");

        var result = ShortDepartmentReplan.Replan(changed: true);

        var plan = result.Plan!;
        Assert.True(result.StaffFitted);
        Assert.Empty(plan.Unassigned);
        Assert.Equal(Enumerable.Range(ShortDepartmentReplan.From, 13 - ShortDepartmentReplan.From), result.Months.Select(m => m.Plan.Month));
        Assert.Equal(0, result.Months.Sum(m => m.Figures.Unscheduled));
        Assert.NotEmpty(result.StaffRounds);
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        var months = MonthlyPlanChecker.Check(changed, plan, result.Months.Select(m => m.Plan).ToList());
        Assert.True(months.Valid, string.Join("; ", months.Violations.Take(5)));
        // A's checks split off at least six joint visits: 20 history + 4 frozen + 30 enterprises in September + 6.
        Assert.InRange(plan.Visits.Count, 60, 60 + 8);
    }

    [Fact]
    public void Replan_KeepsHistoryAndTheFrozenMonth_WhenTheStaffFitChangesLaterMonths()
    {
        var previous = ShortDepartmentReplan.Plan;

        var result = ShortDepartmentReplan.Replan(changed: true);

        var plan = result.Plan!;
        var kept = previous.Visits.Where(v => v.Month <= ShortDepartmentReplan.From).Select(ReplanCase.Key).ToList();
        Assert.Equal(kept, plan.Visits.Where(v => v.Month <= ShortDepartmentReplan.From).Select(ReplanCase.Key));
        // The fit did change September (the proof that it ran around the pinned months).
        Assert.Contains(plan.Visits, v => v.Month > ShortDepartmentReplan.From && v.Tasks.Count == 1);
    }

    [Fact]
    public void Replan_ChangesNothing_WhenNothingChangedAndTheStaffIsFitted()
    {
        var result = ShortDepartmentReplan.Replan(changed: false);

        Assert.Equal(ContractJson.Write(ShortDepartmentReplan.Plan), ContractJson.Write(result.Plan!));
        Assert.Empty(result.Touched);
        Assert.Empty(result.StaffRounds);
        Assert.Equal(13 - ShortDepartmentReplan.From, result.Months.Count);
    }

    [Fact]
    public async Task Replan_WritesTheSameFilesTwice_WhenAnotherSolveRunsBesideIt()
    {
        static (string Plan, string[] Months) Files(ReplanResult r) =>
            (ContractJson.Write(r.Plan!), r.Months.Select(m => ContractJson.Write(m.Plan)).ToArray());

        var first = Files(ShortDepartmentReplan.Replan(changed: true));
        // The second run shares the machine with a staffed year of another county.
        var other = Task.Run(() => new StaffedYearPlanner().Plan(ShortDepartmentCounty.Build(), ShortDepartmentReplan.Options(), ShortDepartmentReplan.MonthOptions()));
        var second = Files(await Task.Run(() => ShortDepartmentReplan.Replan(changed: true)));
        await other;

        Assert.Equal(first.Plan, second.Plan);
        Assert.Equal(first.Months, second.Months);
    }
}

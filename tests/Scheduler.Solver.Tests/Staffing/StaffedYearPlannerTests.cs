using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>The staffed year on a county whose short department cannot carry its joint visits on the joint Tuesdays.</summary>
public sealed class StaffedYearPlannerTests
{
    private static StaffedYear Plan(int seed = 3) => new StaffedYearPlanner().Plan(
        ShortDepartmentCounty.Build(),
        new PlannerOptions { Seed = seed, Workers = 1, Work = 5, TimeLimit = TimeSpan.FromMinutes(5) },
        new MonthlyPlannerOptions { Seed = seed, TimeLimit = TimeSpan.FromMinutes(5) });

    [Fact]
    public void Check_NamesTheShortDepartment_WhenItsJointTuesdaysCannotCarryTheMergedVisits()
    {
        var findings = StaffingCheck.Check(ShortDepartmentCounty.Build());

        var joint = Assert.Single(findings, f => f.Kind == "joint");
        Assert.Equal("A", joint.Department);
        Assert.Equal(2, joint.Month);
        Assert.Equal(4, joint.Available);   // one pair, four Tuesdays
        Assert.Equal(5, joint.Needed);      // 30 visits at 6 a team-day
        Assert.DoesNotContain(findings, f => f.Department == "B");
    }

    [Fact]
    public void Plan_LeavesNothingUnscheduled_WhenTheShortDepartmentGoesAloneOnOtherDays()
    {
        var year = Plan();
        var instance = ShortDepartmentCounty.Build();

        Assert.Equal(0, year.Annual.Figures.Unassigned);
        Assert.Equal(12, year.Months.Count);
        Assert.Equal(0, year.Months.Sum(m => m.Figures.Unscheduled));
        var check = MonthlyPlanChecker.Check(instance, year.Annual.Plan, year.Months.Select(m => m.Plan).ToList());
        Assert.True(check.Valid, string.Join("; ", check.Violations.Take(5)));
        // The unconstrained plan merges all 30; staffing costs at least 6 visits, and the fit keeps most merges.
        Assert.Equal(ShortDepartmentCounty.Enterprises, year.UnconstrainedVisits);
        Assert.InRange(year.Annual.Figures.Visits, ShortDepartmentCounty.FewestStaffedVisits, ShortDepartmentCounty.FewestStaffedVisits + 8);
        Assert.Equal(6, year.StaffingPriceBound);
    }

    [Fact]
    public void Plan_WritesTheSameFilesTwice_WhenSeedAndWorkAreTheSame()
    {
        var first = Plan();
        var second = Plan();

        Assert.Equal(ContractJson.Write(first.Annual.Plan), ContractJson.Write(second.Annual.Plan));
        Assert.Equal(first.Months.Select(m => ContractJson.Write(m.Plan)), second.Months.Select(m => ContractJson.Write(m.Plan)));
    }

    [Fact]
    public void Plan_FromAnotherStaffsUnconstrainedRun_WritesTheSameFiles_AsSolvingItAfresh()
    {
        // A what-if plans the same needs with other officers or joint weekdays: the plan that ignores the staff is the same,
        // so a year planned from the current year's run equals one that solves it again.
        var current = Plan();
        var instance = StaffingChange.Parse("A:2+Thursday", out _)!.Apply(ShortDepartmentCounty.Build());
        var options = new PlannerOptions { Seed = 3, Workers = 1, Work = 5, TimeLimit = TimeSpan.FromMinutes(5) };
        var months = new MonthlyPlannerOptions { Seed = 3, TimeLimit = TimeSpan.FromMinutes(5) };

        var afresh = new StaffedYearPlanner().Plan(instance, options, months);
        var reused = new StaffedYearPlanner().Plan(instance, options, months, null, default, current.UnconstrainedResult);

        Assert.NotNull(current.UnconstrainedResult);
        Assert.Same(current.UnconstrainedResult, reused.UnconstrainedResult);
        Assert.Equal(ContractJson.Write(afresh.Unconstrained!), ContractJson.Write(reused.Unconstrained!));
        Assert.Equal(ContractJson.Write(afresh.Annual.Plan), ContractJson.Write(reused.Annual.Plan));
        Assert.Equal(afresh.Months.Select(m => ContractJson.Write(m.Plan)), reused.Months.Select(m => ContractJson.Write(m.Plan)));
    }

    [Fact]
    public void Plan_ChangesTheOfficerDraw_WhenTheSeedChanges()
    {
        // B's ten officers are drawn at random (双随机): another seed, other teams.
        static string Teams(StaffedYear y) => string.Join("|", y.Months[1].Plan.TeamDays.Select(t => string.Join(",", t.Inspectors)));

        Assert.NotEqual(Teams(Plan(seed: 3)), Teams(Plan(seed: 4)));
    }
}

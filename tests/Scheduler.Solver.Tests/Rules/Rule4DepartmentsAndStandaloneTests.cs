using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Rules;

/// <summary>Rule 4: at most maxDepartmentsPerVisit departments; a visit holding a standalone need has one department.</summary>
public sealed class Rule4DepartmentsAndStandaloneTests
{
    private static readonly Domain.Model.Instance ThreeDepartmentsMaxTwo = TinyInstance.Create()
        .MaxDepartments(2)
        .Need("N1", "D1")
        .Need("N2", "D2")
        .Need("N3", "D3")
        .Build();

    private static readonly Domain.Model.Instance StandaloneBesideOthers = TinyInstance.Create()
        .Need("N1", "D1", standalone: true)
        .Need("N2", "D1")
        .Need("N3", "D2")
        .Need("N4", "D3")
        .Build();

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_HasAtMostTwoDepartmentsPerVisit_WhenMaxIsTwo(PlannerKind kind)
    {
        var plan = Planning.RunValid(kind, ThreeDepartmentsMaxTwo).Plan;

        Assert.Empty(ReferenceRules.Rule4DepartmentsAndStandalone(ThreeDepartmentsMaxTwo, plan));
        Assert.All(plan.Visits, v => Assert.InRange(PlanView.DepartmentsOf(ThreeDepartmentsMaxTwo, v).Count, 1, 2));
        Assert.Empty(plan.Unassigned);
    }

    [Fact]
    public void Optimized_MakesTwoVisits_WhenThreeDepartmentsMayNotShareOneVisit()
    {
        var plan = Planning.RunValid(PlannerKind.Optimized, ThreeDepartmentsMaxTwo).Plan;

        Assert.Equal(2, plan.Visits.Count);
        Assert.DoesNotContain(plan.Visits, v => PlanView.DepartmentsOf(ThreeDepartmentsMaxTwo, v).Count == 3);
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_KeepsStandaloneVisitToOneDepartment_WhenOtherDepartmentsHaveNeeds(PlannerKind kind)
    {
        var plan = Planning.RunValid(kind, StandaloneBesideOthers).Plan;

        Assert.Empty(ReferenceRules.Rule4DepartmentsAndStandalone(StandaloneBesideOthers, plan));
        var standaloneVisit = Assert.Single(PlanView.VisitsOf(plan, "N1"));
        Assert.Equal(["D1"], PlanView.DepartmentsOf(StandaloneBesideOthers, standaloneVisit));
    }

    [Fact]
    public void Optimized_SharesStandaloneVisitWithOwnDepartment_WhenThatSavesAVisit()
    {
        // Best: {N1, N2} (D1 only) and {N3, N4}: 2 visits. N2 with N1 is the only way to reach 2.
        var instance = TinyInstance.Create()
            .MaxDepartments(2)
            .Need("N1", "D1", standalone: true)
            .Need("N2", "D1")
            .Need("N3", "D2")
            .Need("N4", "D3")
            .Build();

        var plan = Planning.RunValid(PlannerKind.Optimized, instance).Plan;

        Assert.Equal(2, plan.Visits.Count);
        var standaloneVisit = Assert.Single(PlanView.VisitsOf(plan, "N1"));
        Assert.Contains(standaloneVisit.Tasks, t => t.Need == "N2");
        Assert.Equal(["D1"], PlanView.DepartmentsOf(instance, standaloneVisit));
    }
}

using Scheduler.Api.Plans;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Tests.Plans;

/// <summary>The department's part of a plan, on a hand-built plan: no database.</summary>
public sealed class DepartmentPlanViewTests
{
    private static readonly Instance Instance = new()
    {
        Needs =
        [
            new Need { Id = "A1", Department = "A", Enterprise = "E1" },
            new Need { Id = "B1", Department = "B", Enterprise = "E1" },
            new Need { Id = "B2", Department = "B", Enterprise = "E2" },
            new Need { Id = "C1", Department = "C", Enterprise = "E3" },
        ],
    };

    private static readonly AnnualPlan Plan = new()
    {
        Year = 2026,
        Visits =
        [
            new Visit { Id = "V1", Enterprise = "E1", Month = 3, Tasks = [new VisitTask("A1", 1), new VisitTask("B1", 1)] },
            new Visit { Id = "V2", Enterprise = "E2", Month = 3, Tasks = [new VisitTask("B2", 1)] },
            new Visit { Id = "V3", Enterprise = "E3", Month = 4, Tasks = [new VisitTask("C1", 1)] },
        ],
        Unassigned = [new UnassignedOccurrence("A1", 2, "capacity"), new UnassignedOccurrence("B2", 2, "capacity")],
    };

    [Fact]
    public void Annual_KeepsTheVisitsHoldingTheDepartmentsTasksWhole_WhenOthersShareThem()
    {
        var view = DepartmentPlanView.Annual(Plan, Instance, "A");
        var visit = Assert.Single(view.Visits);
        Assert.Equal("V1", visit.Id);
        Assert.Equal(["A1", "B1"], visit.Tasks.Select(t => t.Need));
        Assert.Equal([("A1", 2)], view.Unassigned.Select(u => (u.Need, u.Occurrence)));
    }

    [Fact]
    public void Annual_IsEmpty_WhenTheDepartmentHasNoNeeds()
    {
        var view = DepartmentPlanView.Annual(Plan, Instance, "Z");
        Assert.Empty(view.Visits);
        Assert.Empty(view.Unassigned);
        Assert.Equal(2026, view.Year);
    }

    [Fact]
    public void Month_KeepsTheTeamButOnlyTheDepartmentsVisitsInOrder_WhenATeamDayMixesVisits()
    {
        var month = new MonthlyPlan
        {
            Year = 2026,
            Month = 3,
            TeamDays =
            [
                new TeamDay { Id = "TD1", Date = new DateOnly(2026, 3, 3), Township = "T1", Inspectors = ["I1", "I2", "I3", "I4"], Visits = ["V2", "V1"] },
                new TeamDay { Id = "TD2", Date = new DateOnly(2026, 3, 10), Township = "T1", Inspectors = ["I5", "I6"], Visits = ["V9"] },
            ],
            Unscheduled = [new UnscheduledVisit("V4", "no officers")],
        };
        var plan = Plan with { Visits = [.. Plan.Visits, new Visit { Id = "V4", Enterprise = "E2", Month = 3, Tasks = [new VisitTask("B2", 2)] }] };

        var forA = DepartmentPlanView.Month(month, DepartmentPlanView.Annual(plan, Instance, "A"));
        var day = Assert.Single(forA.TeamDays);
        Assert.Equal(["V1"], day.Visits);
        Assert.Equal(["I1", "I2", "I3", "I4"], day.Inspectors);
        Assert.Empty(forA.Unscheduled);

        var forB = DepartmentPlanView.Month(month, DepartmentPlanView.Annual(plan, Instance, "B"));
        Assert.Equal(["V2", "V1"], Assert.Single(forB.TeamDays).Visits);
        Assert.Equal("V4", Assert.Single(forB.Unscheduled).Visit);
    }
}

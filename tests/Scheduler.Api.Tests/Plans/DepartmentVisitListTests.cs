using Scheduler.Api.Plans;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Tests.Plans;

/// <summary>A department's share of a plan: its visits, their joint partners, and dates from the monthly plan.</summary>
public sealed class DepartmentVisitListTests
{
    private static readonly Instance Instance = ContractJson.ReadInstance(Tiny.Register()).Value! with
    {
        Needs =
        [
            new Need { Id = "N1", Department = "SCJG", Enterprise = "E1", Items = ["SCJG-01"] },
            new Need { Id = "N2", Department = "YJGL", Enterprise = "E1", Items = ["YJGL-01"] },
            new Need { Id = "N3", Department = "YJGL", Enterprise = "E3", Items = ["YJGL-02"] },
        ],
    };

    private static readonly AnnualPlan Plan = new()
    {
        Visits =
        [
            new Visit { Id = "V1", Enterprise = "E1", Month = 3, Tasks = [new("N1", 1), new("N2", 1)] },
            new Visit { Id = "V2", Enterprise = "E3", Month = 4, Tasks = [new("N3", 1)] },
        ],
    };

    [Fact]
    public void Build_ListsOnlyTheDepartmentsVisitsWithTheirPartners()
    {
        var march = new MonthlyPlan { Month = 3, TeamDays = [new TeamDay { Id = "TD1", Date = new DateOnly(2026, 3, 3), Visits = ["V1"], Inspectors = ["nobody"] }] };
        var visits = DepartmentVisitList.Build(Instance, Plan, new Dictionary<int, MonthlyPlan> { [3] = march }, "SCJG");
        var visit = Assert.Single(visits);
        Assert.Equal("V1", visit.Id);
        Assert.True(visit.Joint);
        Assert.Single(visit.OtherDepartments);
        Assert.Equal(new DateOnly(2026, 3, 3), visit.Date);
        Assert.Equal(["nobody"], visit.Team);
        Assert.StartsWith("SCJG-01 ", visit.Items[0]);
    }

    [Fact]
    public void Build_LeavesDateEmpty_WhenTheMonthIsNotPlanned()
    {
        var visits = DepartmentVisitList.Build(Instance, Plan, new Dictionary<int, MonthlyPlan>(), "YJGL");
        Assert.Equal(["V1", "V2"], visits.Select(v => v.Id));
        Assert.False(visits[1].Joint);
        Assert.All(visits, v => Assert.Null(v.Date));
    }
}

using Scheduler.Api.Plans;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Generator;

namespace Scheduler.Api.Tests.Plans;

public sealed class PlanOverviewTests
{
    [Fact]
    public void Build_AgreesWithTheCheckersFigures_ForAGeneratedCountysWitness()
    {
        var county = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 80, Seed = 3 });
        var overview = PlanOverview.Build(county.Instance, county.Witness);
        var figures = PlanChecker.Check(county.Instance, county.Witness).Figures;

        Assert.Equal(figures, overview.Figures);
        Assert.Equal(figures.Visits, overview.HeatMap.Total);
        Assert.Equal(figures.SeparateVisits, overview.Departments.Sum(d => d.StatusQuo));
        Assert.Equal(figures.DepartmentVisits, overview.Departments.Sum(d => d.Visits));
        Assert.Equal(figures.DepartmentVisits, overview.Load.Sum(d => d.Total));
        Assert.Equal(figures.Unassigned, overview.Departments.Sum(d => d.Unassigned));
        // Joint rate = department-visits inside joint visits / all department-visits.
        Assert.Equal(figures.JointRate, (double)overview.Departments.Sum(d => d.JointVisits) / figures.DepartmentVisits, 9);
    }

    [Fact]
    public void Build_ComputesTheSpecsFigures_ForTheSample()
    {
        var overview = PlanOverview.Build(PlanSamples.Instance(), PlanSamples.Plan());

        // Status quo: E1 A max(2,1)=2 + E1 B 1 + E2 B 1 + E3 A 2 = 6; lower bound: E1 2 + E2 1 + E3 2 = 5.
        Assert.Equal(4, overview.Figures.Visits);
        Assert.Equal(6, overview.Figures.SeparateVisits);
        Assert.Equal(2, overview.Figures.Saved);
        Assert.Equal(5, overview.Figures.LowerBound);
        Assert.Equal(1, overview.Figures.Unassigned);
        Assert.Equal(1, overview.JointVisits);
        // Department-visits: V1 has 2, the others 1 each = 5; 2 of them in the joint V1.
        Assert.Equal(0.4, overview.Figures.JointRate, 9);
    }

    [Fact]
    public void HeatMap_CountsVisitsPerTownshipAndMonth_InRegisterOrder()
    {
        var map = PlanOverview.Build(PlanSamples.Instance(), PlanSamples.Plan()).HeatMap;

        Assert.Equal(["T1", "T2"], map.Rows.Select(r => r.Township));
        Assert.Equal(2, map.Rows[0].Counts[2]);
        Assert.Equal(1, map.Rows[0].Counts[5]);
        Assert.Equal(1, map.Rows[1].Counts[2]);
        Assert.Equal(3, map.MonthTotal(3));
        Assert.Equal(2, map.Max);
        Assert.Equal(0.5, map.Intensity(1));
        Assert.Equal(0, map.Intensity(0));
    }

    [Fact]
    public void Load_FlagsNearFullAndOverAndUnbounded_FromTheSmallestCapacityRow()
    {
        var instance = PlanSamples.Instance(
            new Capacity { Department = "A", Month = 3, Visits = 5 },
            new Capacity { Department = "A", Month = 3, Visits = 2 },
            new Capacity { Department = "B", Month = 3, Visits = 1 },
            new Capacity { Department = "A", Month = 6, Visits = 10 });
        var load = PlanOverview.Build(instance, PlanSamples.Plan()).Load;

        var a = load.Single(d => d.Department == "A");
        var b = load.Single(d => d.Department == "B");
        Assert.Equal(new LoadCell(3, 2, 2), a.Months[2]);
        Assert.Equal(LoadLevel.NearFull, a.Months[2].Level);
        Assert.Equal(LoadLevel.Normal, a.Months[5].Level);
        Assert.Equal(LoadLevel.Unbounded, a.Months[0].Level);
        Assert.Equal(LoadLevel.Over, b.Months[2].Level);
        Assert.Equal(2.0, b.Peak);
    }

    [Fact]
    public void Departments_TakeTheMostTimesPerYear_WhenADepartmentHasTwoNeedsAtOneEnterprise()
    {
        var rows = PlanOverview.Build(PlanSamples.Instance(), PlanSamples.Plan()).Departments;

        var a = rows.Single(d => d.Department == "A");
        Assert.Equal("市场监管", a.Name);
        Assert.Equal(4, a.StatusQuo);   // E1: max(2, 1) + E3: 2
        Assert.Equal(5, a.Occurrences);
        Assert.Equal(3, a.Visits);      // V1, V2, V4
        Assert.Equal(1, a.JointVisits); // V1
        Assert.Equal(1, a.Unassigned);  // N5#2
        var b = rows.Single(d => d.Department == "B");
        Assert.Equal((2, 2, 1, 0), (b.StatusQuo, b.Visits, b.JointVisits, b.Unassigned));
    }
}

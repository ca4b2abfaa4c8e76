using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Tests.TestData;
using static Scheduler.Domain.Tests.TestData.TinyCounty;

namespace Scheduler.Domain.Tests.Checking;

public sealed class PlanCheckerTests
{
    public static TheoryData<string> CaseNames() => AnnualCases.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Check_AgreesWithCaseExpectation_WhenGivenEachRuleCase(string name)
    {
        var c = AnnualCases.Get(name);

        var report = PlanChecker.Check(c.Instance, c.Plan);

        if (c.Expected is null)
        {
            Assert.True(report.Valid, string.Join("\n", report.Violations));
        }
        else
        {
            Assert.False(report.Valid);
            Assert.Contains(c.Expected, report.Violations);
        }
    }

    [Fact]
    public void Check_ComputesEveryFigure_WhenPlanIsValid()
    {
        var report = PlanChecker.Check(Instance(), ValidPlan());

        var f = report.Figures;
        Assert.Equal(11, f.Visits);
        Assert.Equal(0, f.Unassigned);
        Assert.Equal(15, f.DepartmentVisits);
        Assert.Equal(1.0, f.PeakLoad);
        Assert.Equal(7.0 / 15, f.JointRate, 12);
        Assert.Equal(14, f.SeparateVisits);
        Assert.Equal(8, f.LowerBound);
        Assert.Equal(3, f.Saved);
        Assert.Equal(0.375, f.Gap, 12);
        Assert.Equal(17, f.Occurrences);
    }

    [Fact]
    public void Check_GivesInfinitePeakLoad_WhenZeroCapacityIsUsed()
    {
        var report = PlanChecker.Check(Instance(), AnnualCases.Get("r6-zero-capacity-used").Plan);

        Assert.Equal(double.PositiveInfinity, report.Figures.PeakLoad);
    }

    [Fact]
    public void Check_CountsUnassignedEntries_WhenOccurrencesAreUnassigned()
    {
        var report = PlanChecker.Check(Instance(), AnnualCases.Get("r1-unassigned-with-reason").Plan);

        Assert.True(report.Valid);
        Assert.Equal(1, report.Figures.Unassigned);
        Assert.Equal(10, report.Figures.Visits);
        Assert.Equal(4, report.Figures.Saved);
    }

    [Fact]
    public void Check_ReportsRule3_WhenGapIsZeroInJsonAndOccurrencesShareAMonth()
    {
        // A minGapMonths of 0 reads as the default 1 (the validator's "or 1"): two occurrences in one month break it.
        var instance = Instance().WithNeed("N13", n => n with { MinGapMonths = 0 });
        var plan = ValidPlan().WithVisit("V10", v => v with { Month = 2 });

        var report = PlanChecker.Check(instance, plan);

        Assert.Contains("need N13: occurrences in months 2 and 2, gap < 1", report.Violations);
    }

    [Fact]
    public void Check_DoesNotCountDepartmentsOfRejectedTasks_WhenOccurrenceIsPlacedTwice()
    {
        // The second placement of N2#1 is rejected, so V2 keeps one department, as the validator counts it.
        var report = PlanChecker.Check(Instance(), AnnualCases.Get("r1-occurrence-twice").Plan);

        Assert.Equal(15, report.Figures.DepartmentVisits);
        Assert.Equal(7.0 / 15, report.Figures.JointRate, 12);
    }

    [Fact]
    public void Check_UsesEveryNeedMonth_WhenNeedMonthsListIsEmpty()
    {
        var instance = Instance().WithNeed("N13", n => n with { Months = [] });
        var plan = ValidPlan().WithVisit("V9", v => v with { Month = 1 }).WithVisit("V10", v => v with { Month = 4 });

        var report = PlanChecker.Check(instance, plan);

        Assert.Equal(["instance: need N13 has an empty months list"], report.Violations);
    }

    [Fact]
    public void Check_IsValidAndCountsAll_WhenPlanHasManyVisits()
    {
        const int firms = 20_000;
        var enterprises = Enumerable.Range(0, firms)
            .Select(i => new Enterprise { Id = $"E{i}", Township = "T1", CreditTier = CreditTiers.Yellow }).ToList();
        var needs = enterprises.SelectMany(e => new[]
        {
            Need($"{e.Id}a", "A", e.Id, ["IA1"]) with { TimesPerYear = 4, MinGapMonths = 3 },
            Need($"{e.Id}b", "B", e.Id, ["IB1"]) with { TimesPerYear = 2 },
        }).ToList();
        var instance = Instance() with { Enterprises = enterprises, Needs = needs, Capacities = [] };
        var visits = new List<Visit>();
        foreach (var e in enterprises)
        {
            for (var k = 1; k <= 4; k++)
            {
                var v = Visit($"{e.Id}-{k}", e.Id, 3 * k - 2, ($"{e.Id}a", k));
                visits.Add(k <= 2 ? v.AddTask($"{e.Id}b", k) : v);
            }
        }

        var report = PlanChecker.Check(instance, new AnnualPlan { Year = 2027, Visits = visits });

        Assert.True(report.Valid, string.Join("\n", report.Violations.Take(5)));
        Assert.Equal(4 * firms, report.Figures.Visits);
        Assert.Equal(4 * firms, report.Figures.LowerBound);
        Assert.Equal(6 * firms, report.Figures.DepartmentVisits);
    }
}

using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Explaining;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Explaining;

/// <summary>Every rule an explanation names, confirmed on a hand-built case where that rule is what keeps needs apart or an occurrence out.</summary>
public sealed class PlanExplainerTests
{
    private static EnterpriseExplanation Explain(Instance instance, AnnualPlan plan, int from = 1, IReadOnlyList<MonthlyPlan>? months = null)
    {
        Assert.True(PlanChecker.Check(instance, plan).Valid, string.Join("; ", PlanChecker.Check(instance, plan).Violations));
        return PlanExplainer.Explain(instance, plan, "E1", months, from)!;
    }

    private static IEnumerable<string> ApartRules(EnterpriseExplanation x) => x.Apart.SelectMany(a => a.Reasons).Select(r => r.Rule);

    [Fact]
    public void Explain_GivesTheFrequencyFloor_WhenTheMostFrequentNeedSetsTheVisits()
    {
        var instance = TinyInstance.Create().Need("N1", "D1", times: 3).Need("N2", "D2").Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 1, "N1#1", "N2#1"), TinyPlan.Visit("V2", "E1", 5, "N1#2"), TinyPlan.Visit("V3", "E1", 9, "N1#3")).Build();

        var x = Explain(instance, plan);

        Assert.Equal(3, x.FewestByFrequency);
        Assert.Empty(x.Apart);
        Assert.Empty(x.Extra);
    }

    [Fact]
    public void Explain_NamesWindows_WhenTheMonthsDoNotMeet()
    {
        var instance = TinyInstance.Create().Need("N1", "D1", months: [1, 2]).Need("N2", "D2", months: [6, 7]).Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 1, "N1#1"), TinyPlan.Visit("V2", "E1", 6, "N2#1")).Build();

        Assert.Equal([RuleNames.Windows], ApartRules(Explain(instance, plan)));
    }

    [Fact]
    public void Explain_NamesStandalone_WhenOneNeedIsStandalone()
    {
        var instance = TinyInstance.Create().Need("N1", "D1").Need("N2", "D2", standalone: true).Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 1, "N1#1"), TinyPlan.Visit("V2", "E1", 2, "N2#1")).Build();

        Assert.Equal([RuleNames.Standalone], ApartRules(Explain(instance, plan)));
    }

    [Fact]
    public void Explain_NamesMinutes_WhenOneDepartmentsShareWouldRunOver()
    {
        var instance = TinyInstance.Create().MaxMinutes(240).Need("N1", "D1", minutes: 180).Need("N2", "D1", minutes: 120).Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 1, "N1#1"), TinyPlan.Visit("V2", "E1", 2, "N2#1")).Build();

        Assert.Equal([RuleNames.Minutes], ApartRules(Explain(instance, plan)));
    }

    [Fact]
    public void Explain_NamesDepartments_WhenTheVisitWouldCarryTooMany()
    {
        var instance = TinyInstance.Create().MaxDepartments(2)
            .Need("N1", "D1").Need("N2", "D2").Need("N3", "D3").Need("N4", "D4").Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 4, "N1#1", "N2#1"), TinyPlan.Visit("V2", "E1", 4, "N3#1", "N4#1")).Build();

        var x = Explain(instance, plan);

        Assert.Equal(4, x.Apart.Count);
        Assert.All(x.Apart, a => Assert.Equal(RuleNames.Departments, Assert.Single(a.Reasons).Rule));
    }

    [Fact]
    public void Explain_NamesGap_WhenTheOtherOccurrenceIsTooClose()
    {
        var instance = TinyInstance.Create().Need("N1", "D1", times: 2, gap: 6).Need("N2", "D2", months: [4]).Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 1, "N1#1"), TinyPlan.Visit("V2", "E1", 4, "N2#1"), TinyPlan.Visit("V3", "E1", 7, "N1#2")).Build();

        var x = Explain(instance, plan);

        Assert.Contains(RuleNames.Gap, ApartRules(x));
        Assert.DoesNotContain(RuleNames.NotFound, ApartRules(x));
    }

    [Fact]
    public void Explain_NamesAFullCapacityCell_WhenTheDepartmentsMonthIsUsedUp()
    {
        var instance = TinyInstance.Create().Capacity("D2", 3, 1)
            .Need("N1", "D1", months: [3]).Need("N2", "D2", months: [3, 4]).Need("N3", "D2", "E2", months: [3]).Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "N1#1"), TinyPlan.Visit("V2", "E1", 4, "N2#1"), TinyPlan.Visit("V3", "E2", 3, "N3#1")).Build();

        var x = Explain(instance, plan);

        Assert.Contains(RuleNames.Capacity, ApartRules(x));
        Assert.DoesNotContain(RuleNames.NotFound, ApartRules(x));
    }

    [Fact]
    public void Explain_NamesTheTierCap_WhenAnOccurrenceIsUnassigned()
    {
        var instance = TinyInstance.Create().TierCap(CreditTiers.Green, 1).Enterprise("E1", CreditTiers.Green)
            .Need("N1", "D1").Need("N2", "D2", standalone: true).Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 1, "N1#1")).Unassigned("N2#1", "cap").Build();

        var x = Explain(instance, plan);

        var rules = Assert.Single(x.Unassigned).Reasons.Select(r => r.Rule).ToList();
        Assert.Contains(RuleNames.TierCap, rules);
        Assert.Contains(RuleNames.Standalone, rules);
        Assert.DoesNotContain(RuleNames.NotFound, rules);
    }

    [Fact]
    public void Explain_NamesThePast_WhenAReplannedNeedCouldOnlyJoinHistory()
    {
        var instance = TinyInstance.Create().Need("N1", "D1").Need("N2", "D2", months: [6, 7, 8, 9, 10, 11, 12]).Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 2, "N1#1"), TinyPlan.Visit("V2", "E1", 7, "N2#1")).Build();

        var x = Explain(instance, plan, from: 6);

        Assert.Contains(RuleNames.Past, ApartRules(x));
        Assert.DoesNotContain(RuleNames.NotFound, ApartRules(x));
    }

    [Fact]
    public void Explain_SaysNotFound_WhenNoRuleKeepsTwoVisitsApart()
    {
        var instance = TinyInstance.Create().Need("N1", "D1").Need("N2", "D2").Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 1, "N1#1"), TinyPlan.Visit("V2", "E1", 2, "N2#1")).Build();

        var x = Explain(instance, plan);

        Assert.Equal([RuleNames.NotFound], ApartRules(x));
        Assert.All(x.Extra, e => Assert.Equal(RuleNames.NotFound, Assert.Single(e.Reasons).Rule));
    }

    [Fact]
    public void Explain_GivesTheMonthlyPlansReason_WhenAVisitIsUnscheduled()
    {
        var instance = TinyInstance.Create().Need("N1", "D1").Build();
        var plan = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "N1#1")).Build();
        var march = new MonthlyPlan { Instance = "tiny", Year = 2027, Month = 3, Unscheduled = [new UnscheduledVisit("V1", "no two free D1 officers on any working day")] };

        var x = Explain(instance, plan, months: [march]);

        var unscheduled = Assert.Single(x.Unscheduled);
        Assert.Equal(RuleNames.Staff, Assert.Single(unscheduled.Reasons).Rule);
        Assert.Contains("D1 officers", unscheduled.Reasons[0].Text);
    }
}

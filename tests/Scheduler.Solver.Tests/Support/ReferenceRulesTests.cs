using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Support;

/// <summary>
/// The test project's own rule checks catch what they claim to: each hand-written plan breaks one rule,
/// and both <see cref="ReferenceRules"/> (naming only that rule) and Domain's PlanChecker reject it,
/// so that a green rule test means something.
/// </summary>
public sealed class ReferenceRulesTests
{
    // E1: green, capped at 2 visits, closed in July. D1 has one visit in April.
    // N1 and N4 share item S: together D1's share is 50 + 100 + 50 = 200, exactly the limit.
    private static readonly Instance Instance = TinyInstance.Create()
        .MaxDepartments(2)
        .MaxMinutes(200)
        .TierCap(CreditTiers.Green, 2)
        .Enterprise("E1", CreditTiers.Green, closedMonths: [7])
        .Item("S", "D1", 50)
        .Need("N1", "D1", times: 2, gap: 3, months: [1, 2, 3, 4, 5, 6, 7], items: ["S", "I.N1"], minutes: 100)
        .Need("N2", "D2", minutes: 150)
        .Need("N3", "D3", standalone: true)
        .Need("N4", "D1", items: ["S", "I.N4"], minutes: 50)
        .Need("N5", "D1", enterprise: "E2", months: [3, 4])
        .Need("N6", "D2", minutes: 60)
        .Capacity("D1", 4, 1)
        .Build();

    private static readonly Visit V1 = TinyPlan.Visit("V1", "E1", 1, "N1#1", "N2#1", "N4#1");
    private static readonly Visit V2 = TinyPlan.Visit("V2", "E1", 4, "N1#2", "N6#1");
    private static readonly Visit V3 = TinyPlan.Visit("V3", "E2", 3, "N5#1");
    private const string CapReason = "E1 is green and capped at 2 visits a year";

    public static TheoryData<string> Breaks =>
    [
        "rule 1 missing", "rule 1 twice", "rule 2 month", "rule 2 closed", "rule 2 enterprise", "rule 3 gap",
        "rule 4 departments", "rule 4 standalone", "rule 5 minutes", "rule 6 capacity", "rule 7 cap",
        "rule 8 duplicate id", "rule 8 empty visit",
    ];

    [Fact]
    public void All_FindsNothing_WhenThePlanIsValid()
    {
        var plan = TinyPlan.Of(V1, V2, V3).Unassigned("N3#1", CapReason).Build();

        Assert.Empty(ReferenceRules.All(Instance, plan));
        Assert.True(PlanChecker.Check(Instance, plan).Valid);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void All_ReportsOnlyTheBrokenRuleAndPlanCheckerAgrees_WhenOneRuleIsBroken(string breach)
    {
        var plan = Broken(breach);
        var rule = string.Join(' ', breach.Split(' ').Take(2));

        var found = ReferenceRules.All(Instance, plan);

        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.StartsWith(rule + ":", f));
        Assert.False(PlanChecker.Check(Instance, plan).Valid, $"PlanChecker accepted a plan that breaks {breach}");
    }

    private static AnnualPlan Broken(string breach) => breach switch
    {
        "rule 1 missing" => TinyPlan.Of(V1, V2, V3).Build(),
        "rule 1 twice" => TinyPlan.Of(V1, V2, V3).Unassigned("N3#1", CapReason).Unassigned("N5#1", "again").Build(),
        "rule 2 month" => TinyPlan.Of(V1, V2, Moved(V3, 5)).Unassigned("N3#1", CapReason).Build(),
        "rule 2 closed" => TinyPlan.Of(V1, Moved(V2, 7), V3).Unassigned("N3#1", CapReason).Build(),
        "rule 2 enterprise" => TinyPlan.Of(V1, V2, V3, TinyPlan.Visit("V4", "E2", 5, "N3#1")).Build(),
        "rule 3 gap" => TinyPlan.Of(V1, Moved(V2, 3), V3).Unassigned("N3#1", CapReason).Build(),
        "rule 4 departments" => TinyPlan.Of(V1, TinyPlan.Visit("V2", "E1", 4, "N1#2", "N6#1", "N3#1"), V3).Build(),
        "rule 4 standalone" => TinyPlan.Of(V1, TinyPlan.Visit("V2", "E1", 4, "N1#2", "N3#1"), V3)
            .Unassigned("N6#1", CapReason).Build(),
        "rule 5 minutes" => TinyPlan.Of(TinyPlan.Visit("V1", "E1", 1, "N1#1", "N2#1", "N4#1", "N6#1"), TinyPlan.Visit("V2", "E1", 4, "N1#2"), V3)
            .Unassigned("N3#1", CapReason).Build(),
        "rule 6 capacity" => TinyPlan.Of(V1, V2, Moved(V3, 4)).Unassigned("N3#1", CapReason).Build(),
        "rule 7 cap" => TinyPlan.Of(V1, V2, V3, TinyPlan.Visit("V4", "E1", 10, "N3#1")).Build(),
        "rule 8 duplicate id" => TinyPlan.Of(V1, V2, V3 with { Id = "V1" }).Unassigned("N3#1", CapReason).Build(),
        "rule 8 empty visit" => TinyPlan.Of(V1, V2, V3, TinyPlan.Visit("V9", "E2", 6)).Unassigned("N3#1", CapReason).Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(breach), breach, "unknown breach"),
    };

    private static Visit Moved(Visit visit, int month) => visit with { Month = month };
}

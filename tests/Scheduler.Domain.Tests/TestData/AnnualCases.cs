using Scheduler.Domain.Plans;
using static Scheduler.Domain.Tests.TestData.TinyCounty;

namespace Scheduler.Domain.Tests.TestData;

/// <summary>The valid tiny plan and, for every annual rule, plans that keep or break it.</summary>
public static class AnnualCases
{
    public static readonly IReadOnlyList<AnnualCase> All = Build();

    public static AnnualCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>Case names for xunit's MemberData.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All) data.Add(c.Name);
        return data;
    }

    private static List<AnnualCase> Build()
    {
        var inst = Instance();
        var plan = ValidPlan();
        var cases = new List<AnnualCase>();
        void Valid(string name, AnnualPlan p) => cases.Add(new AnnualCase(name, inst, p, null));
        void Broken(string name, AnnualPlan p, string expected) => cases.Add(new AnnualCase(name, inst, p, expected));

        Valid("valid", plan);
        // Rule 1: every occurrence exactly once, in a visit or unassigned with a reason.
        Valid("r1-unassigned-with-reason", plan.WithoutVisit("V11").AddUnassigned("N13", 3, "capacity of B exhausted"));
        Broken("r1-missing-occurrence", plan.WithoutVisit("V11"), "occurrence N13#3 is neither in a visit nor unassigned");
        Broken("r1-occurrence-twice", plan.WithVisit("V2", v => v.AddTask("N2", 1)), "occurrence N2#1 appears twice (visit V1 and visit V2)");
        Broken("r1-placed-and-unassigned", plan.AddUnassigned("N2", 1, "why not"), "occurrence N2#1 appears twice (visit V1 and unassigned)");
        Broken("r1-unassigned-without-reason", plan.WithoutVisit("V11").AddUnassigned("N13", 3, "  "), "unassigned N13#3: no reason");
        Broken("r1-unknown-need", plan.WithVisit("V2", v => v.AddTask("N99", 1)), "visit V2: unknown need N99");
        Broken("r1-occurrence-out-of-range", plan.WithVisit("V2", v => v.AddTask("N2", 2)), "visit V2: need N2 has no occurrence 2");
        // Rule 2: the need's enterprise and months, the enterprise's closed months.
        Broken("r2-other-enterprise", plan.WithoutVisit("V8").WithVisit("V1", v => v.AddTask("N12", 1)), "visit V1: need N12 is for E3, not E1");
        Broken("r2-month-not-allowed", plan.WithVisit("V9", v => v with { Month = 3 }), "visit V9: need N13 does not allow month 3");
        Broken("r2-closed-month", plan.WithVisit("V6", v => v with { Month = 7 }), "visit V6: enterprise E2 is closed in month 7");
        // Rule 3: distinct visits, gaps.
        Broken("r3-two-occurrences-one-visit",
            plan.WithVisit("V1", v => v.RemoveTask("N1")).WithVisit("V2", v => v.AddTask("N1", 1)),
            "visit V2: two occurrences of need N1 in one visit");
        Broken("r3-gap-too-small", plan.WithVisit("V2", v => v with { Month = 5 }), "need N1: occurrences in months 3 and 5, gap < 3");
        Valid("r3-gap-exact", plan.WithVisit("V2", v => v with { Month = 6 }));
        // Rule 4: departments per visit; standalone needs.
        Broken("r4-too-many-departments", plan.WithoutVisit("V8").WithVisit("V7", v => v.AddTask("N12", 1)), "visit V7: 4 departments > 3");
        Valid("r4-three-departments", plan);
        Broken("r4-standalone-with-other-department",
            plan.WithVisit("V3", v => v.RemoveTask("N6")).WithVisit("V5", v => v.AddTask("N6", 1)),
            "visit V5: holds a standalone need but 2 departments");
        Valid("r4-standalone-with-own-department", plan);
        // Rule 5: on-site minutes, distinct items per department share.
        Broken("r5-too-long", plan.WithoutVisit("V6").WithVisit("V4", v => v.AddTask("N8", 1)), "visit V4: 130 on-site minutes > 120");
        Valid("r5-shared-items-counted-once", plan);
        // Rule 6: capacity.
        Broken("r6-capacity-exceeded", plan.WithVisit("V3", v => v with { Month = 3 }), "capacity B month 3: 2 > 1");
        Broken("r6-zero-capacity-used", plan.WithVisit("V6", v => v with { Month = 5 }), "capacity C month 5: 1 > 0");
        // Rule 7: tier caps.
        Broken("r7-green-cap-exceeded",
            plan.WithVisit("V1", v => v.RemoveTask("N3")).AddVisit(Visit("V12", "E1", 4, ("N3", 1))),
            "enterprise E1 (green): 3 visits > cap 2");
        Valid("r7-red-null-cap", plan.WithoutVisit("V7").AddVisit(Visit("V7a", "E3", 4, ("N9", 1)))
            .AddVisit(Visit("V7b", "E3", 5, ("N10", 1))).AddVisit(Visit("V7c", "E3", 7, ("N11", 1))));
        // Rule 8: visit ids, tasks.
        Broken("r8-repeated-visit-id", plan.WithVisit("V2", v => v with { Id = "V1" }), "visit id 'V1' missing or repeated");
        Broken("r8-visit-without-tasks", plan.AddVisit(Visit("V99", "E4", 1)), "visit V99: no tasks");
        // Plans the validator reads but that break its expectations elsewhere.
        Broken("unknown-enterprise", plan.WithVisit("V8", v => v with { Enterprise = "E9" }), "visit V8: unknown enterprise E9");
        Broken("month-13", plan.WithVisit("V8", v => v with { Month = 13 }), "visit V8: month 13 is not 1-12");
        cases.Add(new AnnualCase("instance-empty-months", inst.WithNeed("N2", n => n with { Months = [] }), plan,
            "instance: need N2 has an empty months list"));
        cases.Add(new AnnualCase("instance-unknown-item", inst.WithNeed("N2", n => n with { Items = ["IB1", "IZ9"] }), plan,
            "instance: need N2 names unknown check item IZ9"));
        cases.Add(new AnnualCase("instance-item-of-other-department", inst.WithNeed("N2", n => n with { Items = ["IB1", "IA1", "IA2"] }), plan,
            "visit V1: 135 on-site minutes > 120"));
        return cases;
    }
}

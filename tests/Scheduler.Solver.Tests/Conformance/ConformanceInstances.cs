using Scheduler.Domain.Model;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Properties;

namespace Scheduler.Solver.Tests.Conformance;

/// <summary>Small instances that exercise every figure: joint visits, capacity rows, unassigned occurrences.</summary>
public static class ConformanceInstances
{
    public static readonly IReadOnlyDictionary<string, Instance> All = new Dictionary<string, Instance>
    {
        // Joint visits in three enterprises under capacity rows that bind in May and June.
        ["joint-capacity"] = TinyInstance.Create("joint-capacity")
            .Need("N1", "D1", enterprise: "E1", times: 2, gap: 4)
            .Need("N2", "D2", enterprise: "E1", times: 2, months: [2, 6, 10])
            .Need("N3", "D3", enterprise: "E1", minutes: 200, months: [5, 6])
            .Need("N4", "D1", enterprise: "E2", months: [5, 6])
            .Need("N5", "D2", enterprise: "E2", months: [5, 6, 7])
            .Need("N6", "D1", enterprise: "E3", times: 3, gap: 3)
            .Need("N7", "D3", enterprise: "E3", months: [6])
            .Capacity("D1", 5, 1)
            .Capacity("D1", 6, 2)
            .Capacity("D3", 6, 1)
            .Capacity("D2", 6, 3)
            .Build(),

        // A green cap, a standalone need, a closed season and a need too long for any visit.
        ["caps-and-leftovers"] = TinyInstance.Create("caps-and-leftovers")
            .TierCap(CreditTiers.Green, 1)
            .Enterprise("E1", CreditTiers.Green)
            .Enterprise("E2", CreditTiers.Red, closedMonths: [5, 6, 7, 8, 9])
            .Need("N1", "D1", enterprise: "E1", months: [3])
            .Need("N2", "D2", enterprise: "E1", months: [9])
            .Need("N3", "D1", enterprise: "E2", times: 4, gap: 2, standalone: true)
            .Need("N4", "D1", enterprise: "E2", times: 2)
            .Need("N5", "D2", enterprise: "E2", times: 2)
            .Need("N6", "D3", enterprise: "E2", minutes: 300)
            .Build(),

        ["random-county-11"] = SmallCountyGenerator.Create(11).Instance,
        ["random-county-29"] = SmallCountyGenerator.Create(29).Instance,
    };

    public static TheoryData<PlannerKind, string> PlannerByInstance
    {
        get
        {
            var data = new TheoryData<PlannerKind, string>();
            foreach (var kind in Enum.GetValues<PlannerKind>())
                foreach (var name in All.Keys) data.Add(kind, name);
            return data;
        }
    }
}

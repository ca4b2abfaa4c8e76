using Scheduler.Domain.Model;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Exhaustive;

/// <summary>Tiny instances whose optimum is worked out by hand in the comments, keyed by name.</summary>
public static class HandPickedInstances
{
    /// <summary>Name → (instance, optimum proven by hand).</summary>
    public static readonly IReadOnlyDictionary<string, (Instance Instance, BruteForceOptimum Optimum)> All =
        new Dictionary<string, (Instance, BruteForceOptimum)>
        {
            // Max 2 departments: N1 and N2 share January and April; N3 needs a third visit. 2+2+1 department-visits.
            ["department-limit"] = (TinyInstance.Create("department-limit")
                .MaxDepartments(2)
                .Need("N1", "D1", times: 2, gap: 3, months: [1, 2, 3, 4])
                .Need("N2", "D2", times: 2, months: [1, 4])
                .Need("N3", "D3", months: [1, 4])
                .Build(), new BruteForceOptimum(0, 3, 5)),

            // N1 is standalone, forced to months 2 and 4; N2 (D1) joins it in April; N3 (D2) never can.
            ["standalone"] = (TinyInstance.Create("standalone")
                .Need("N1", "D1", times: 2, gap: 2, months: [2, 3, 4], standalone: true)
                .Need("N2", "D1", months: [3, 4])
                .Need("N3", "D2", times: 2, months: [2, 4])
                .Build(), new BruteForceOptimum(0, 4, 4)),

            // Green cap 1: one visit holds two of the three needs (months 2 or 3); the third is left out.
            ["green-cap"] = (TinyInstance.Create("green-cap")
                .TierCap(CreditTiers.Green, 1)
                .Enterprise("E1", CreditTiers.Green)
                .Need("N1", "D1", months: [1, 2])
                .Need("N2", "D2", months: [2, 3])
                .Need("N3", "D3", months: [3])
                .Build(), new BruteForceOptimum(1, 1, 2)),

            // N1 = A (140) + S (60), N2 = S: D1's share is 200, not 260, so all three share one visit.
            ["shared-item"] = (TinyInstance.Create("shared-item")
                .Item("A", "D1", 140)
                .Item("S", "D1", 60)
                .Need("N1", "D1", items: ["A", "S"], months: [6])
                .Need("N2", "D1", items: ["S"], months: [6])
                .Need("N3", "D2", minutes: 200, months: [6])
                .Build(), new BruteForceOptimum(0, 1, 2)),

            // D1's 200 + 60 exceed 240: two visits, one of them joint (3 department-visits either way).
            ["minutes"] = (TinyInstance.Create("minutes")
                .Need("N1", "D1", minutes: 200, months: [6])
                .Need("N2", "D1", minutes: 60, months: [6])
                .Need("N3", "D2", minutes: 200, months: [6])
                .Build(), new BruteForceOptimum(0, 2, 3)),

            // Two enterprises, closed months: E1's N1 must skip closed March; N2 must join it in April.
            ["closed-two-enterprises"] = (TinyInstance.Create("closed-two-enterprises")
                .Enterprise("E1", closedMonths: [3])
                .Need("N1", "D1", enterprise: "E1", months: [3, 4])
                .Need("N2", "D2", enterprise: "E1", months: [2, 3, 4])
                .Need("N3", "D1", enterprise: "E2", times: 2, gap: 6, months: [1, 6, 7])
                .Build(), new BruteForceOptimum(0, 3, 4)),
        };

    public static TheoryData<string> Names => [.. All.Keys];
}

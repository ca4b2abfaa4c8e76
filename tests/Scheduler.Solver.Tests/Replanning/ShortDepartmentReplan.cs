using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Replanning;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>
/// A year replanned from June whose September would overrun a short department's joint Tuesdays. Department A has one
/// pair of officers, B five. The published plan: twenty A-only visits in March (history, done: V1–V20), four B-only
/// visits in June (the frozen month: V21–V24) and twenty joint A+B visits in September (V31–V50) — September 2027 has
/// four Tuesdays (7, 14, 21, 28), so A's pair carries at most 4 × 6 = 24 joint visits. The change: ten more enterprises
/// ask A and B for a September check each; merged, September would need 30 joint visits of A.
/// </summary>
internal static class ShortDepartmentReplan
{
    public const int From = 6;

    public static Instance Instance(bool changed)
    {
        var county = TinyInstance.Create().Inspectors("A", 2).Inspectors("B", 10);
        for (int e = 1; e <= 20; e++)
        {
            county.Need($"NH{e}", "A", enterprise: $"E{e}", minutes: 60, months: [3]);
            county.Need($"NA{e}", "A", enterprise: $"E{e}", minutes: 60, months: [9]);
            county.Need($"NB{e}", "B", enterprise: $"E{e}", minutes: 60, months: [9]);
        }
        for (int e = 1; e <= 4; e++) county.Need($"NF{e}", "B", enterprise: $"E{e}", minutes: 60, months: [6]);
        if (changed)
            for (int e = 21; e <= 30; e++)
            {
                county.Need($"NA{e}", "A", enterprise: $"E{e}", minutes: 60, months: [9]);
                county.Need($"NB{e}", "B", enterprise: $"E{e}", minutes: 60, months: [9]);
            }
        return county.Build();
    }

    public static AnnualPlan Plan
    {
        get
        {
            var visits = new List<Visit>();
            for (int e = 1; e <= 20; e++) visits.Add(TinyPlan.Visit($"V{e}", $"E{e}", 3, $"NH{e}#1"));
            for (int e = 1; e <= 4; e++) visits.Add(TinyPlan.Visit($"V{20 + e}", $"E{e}", 6, $"NF{e}#1"));
            for (int e = 1; e <= 20; e++) visits.Add(TinyPlan.Visit($"V{30 + e}", $"E{e}", 9, $"NA{e}#1", $"NB{e}#1"));
            return TinyPlan.Of([.. visits]).Build();
        }
    }

    /// <summary>March's visits all done.</summary>
    public static RecordSet Records => new()
    {
        Instance = "tiny",
        Year = 2027,
        ThroughMonth = From - 1,
        Records = Plan.Visits.Where(v => v.Month < From)
            .Select(v => new VisitRecord { Visit = v.Id, Outcome = RecordOutcomes.Done, Date = new DateOnly(2027, v.Month, 2) }).ToList(),
    };

    public static PlannerOptions Options(int seed = 3) => new() { Seed = seed, Workers = 1, Work = 5, TimeLimit = TimeSpan.FromMinutes(5) };

    public static MonthlyPlannerOptions MonthOptions(int seed = 3) => new() { Seed = seed, TimeLimit = TimeSpan.FromMinutes(5) };

    /// <summary>The replan from June, fitted to the officers (the default) or, with <paramref name="fit"/> false, to the capacities alone.</summary>
    public static ReplanResult Replan(bool changed, bool fit = true, int seed = 3) =>
        Replanner.Replan(Instance(changed), Plan, From, Records, Options(seed), fitStaff: fit ? MonthOptions(seed) : null);
}

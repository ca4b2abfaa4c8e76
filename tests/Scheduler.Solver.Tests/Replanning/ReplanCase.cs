using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Solver.Replanning;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>
/// A hand-built year replanned from June: E1 (N1 4×, N2 2×), E2 (N3 2×), E3 (N4 2×) and its plan
/// V1 E1 Feb, V2 E1 Apr, V3 E1 Jun, V4 E1 Sep, V5 E2 Mar, V6 E2 Jun, V7 E3 Jun, V8 E3 Nov.
/// </summary>
internal static class ReplanCase
{
    public const int From = 6;

    public static TinyInstance Builder() => TinyInstance.Create()
        .Need("N1", "D1", "E1", times: 4)
        .Need("N2", "D2", "E1", times: 2)
        .Need("N3", "D1", "E2", times: 2)
        .Need("N4", "D2", "E3", times: 2);

    public static Instance Instance => Builder().Build();

    public static AnnualPlan Plan => TinyPlan.Of(
        TinyPlan.Visit("V1", "E1", 2, "N1#1", "N2#1"),
        TinyPlan.Visit("V2", "E1", 4, "N1#2"),
        TinyPlan.Visit("V3", "E1", 6, "N1#3"),
        TinyPlan.Visit("V4", "E1", 9, "N1#4", "N2#2"),
        TinyPlan.Visit("V5", "E2", 3, "N3#1"),
        TinyPlan.Visit("V6", "E2", 6, "N3#2"),
        TinyPlan.Visit("V7", "E3", 6, "N4#1"),
        TinyPlan.Visit("V8", "E3", 11, "N4#2")).Build();

    /// <summary>Every visit before June done, except those named, which were not (nobody there).</summary>
    public static RecordSet Records(params string[] notDone) => new()
    {
        Instance = "tiny",
        Year = 2027,
        ThroughMonth = From - 1,
        Records = Plan.Visits.Where(v => v.Month < From).Select(v => notDone.Contains(v.Id)
            ? new VisitRecord { Visit = v.Id, Outcome = RecordOutcomes.NotDone, Reason = NotDoneReasons.NotFound }
            : new VisitRecord { Visit = v.Id, Outcome = RecordOutcomes.Done, Date = new DateOnly(2027, v.Month, 2) }).ToList(),
    };

    public static ReplanResult Replan(Instance changed, RecordSet? records) =>
        Replanner.Replan(changed, Plan, From, records, new PlannerOptions { Work = 2, Seed = 1 });

    public static string Key(Visit v) => $"{v.Id}|{v.Enterprise}|{v.Month}|{string.Join(",", v.Tasks.Select(t => $"{t.Need}#{t.Occurrence}"))}";
}

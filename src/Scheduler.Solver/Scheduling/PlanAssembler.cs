using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;

namespace Scheduler.Solver.Scheduling;

/// <summary>Turns enterprise schedules into the spec's annual plan: visit ids, occurrence numbers by month, reasons for what is unassigned.</summary>
internal static class PlanAssembler
{
    /// <param name="staffFull">A plan fitted to the officers: where they are fully used (department, enterprise, month), for the reasons.</param>
    public static AnnualPlan Assemble(CompiledInstance ci, IReadOnlyList<EnterpriseSchedule> schedules, Func<int, int, int, bool>? staffFull = null)
    {
        var ledger = new CapacityLedger(ci);
        foreach (var s in schedules) ledger.Add(s);
        var explainer = new UnassignedExplainer(ci, ledger, staffFull: staffFull);

        var visits = new List<Visit>();
        var unassigned = new List<UnassignedOccurrence>();
        foreach (var schedule in schedules.OrderBy(s => s.Enterprise))
        {
            var ordered = schedule.Visits.OrderBy(v => v.Month).ToList();
            var nextOccurrence = new Dictionary<int, int>();
            foreach (var v in ordered)
            {
                var tasks = v.Needs.Order().Select(n =>
                {
                    int k = nextOccurrence.GetValueOrDefault(n) + 1;
                    nextOccurrence[n] = k;
                    return new VisitTask(ci.Needs[n].Id, k);
                }).ToList();
                visits.Add(new Visit
                {
                    Id = $"V{visits.Count + 1}",
                    Enterprise = ci.EnterpriseIds[schedule.Enterprise],
                    Month = v.Month,
                    Tasks = tasks,
                });
            }
            foreach (var group in schedule.Unplaced.GroupBy(n => n).OrderBy(g => g.Key))
            {
                var reason = explainer.Explain(schedule, group.Key, group.Count());
                int first = nextOccurrence.GetValueOrDefault(group.Key) + 1;
                for (int k = 0; k < group.Count(); k++)
                    unassigned.Add(new UnassignedOccurrence(ci.Needs[group.Key].Id, first + k, reason));
            }
        }
        return new AnnualPlan
        {
            Instance = ci.Source.Name,
            Year = ci.Source.Year,
            Visits = visits,
            Unassigned = unassigned,
        };
    }
}

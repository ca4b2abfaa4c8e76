using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;

namespace Scheduler.Solver.Scheduling;

/// <summary>An annual plan back in the planners' form: one schedule per enterprise (the inverse of <see cref="PlanAssembler"/>).</summary>
internal static class PlanSchedules
{
    public static EnterpriseSchedule[] From(CompiledInstance ci, AnnualPlan plan)
    {
        var visits = ci.EnterpriseIds.Select(_ => new List<ScheduledVisit>()).ToArray();
        var unplaced = ci.EnterpriseIds.Select(_ => new List<int>()).ToArray();
        foreach (var v in plan.Visits)
            visits[ci.EnterpriseIndex[v.Enterprise]].Add(new ScheduledVisit(v.Month, v.Tasks.Select(t => ci.NeedIndex[t.Need]).ToArray()));
        foreach (var u in plan.Unassigned)
        {
            int n = ci.NeedIndex[u.Need];
            unplaced[ci.Needs[n].Enterprise].Add(n);
        }
        return Enumerable.Range(0, ci.EnterpriseIds.Length)
            .Select(e => new EnterpriseSchedule(e, visits[e], unplaced[e])).ToArray();
    }
}

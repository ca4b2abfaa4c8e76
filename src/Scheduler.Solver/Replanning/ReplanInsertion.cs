using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// The quick repair of a touched enterprise: the previous plan's visits it keeps, and each occurrence they miss placed one
/// at a time — into a kept visit after the frozen month where the rules, the gap and the capacity allow (no new visit),
/// else into a new visit in the first month that allows it. Pinned visits take nothing new; a new visit in the frozen
/// month only for a need the previous plan did not have.
/// </summary>
internal sealed class ReplanInsertion(CompiledInstance ci, int from, IReadOnlySet<int> knownNeeds, bool frozen = true)
{
    public EnterpriseSchedule Repair(EnterprisePart part, EnterpriseSchedule hint, CapacityLedger ledger)
    {
        var visits = hint.Visits.Select((v, i) => (v.Month, Needs: v.Needs.ToList(), Pinned: i < hint.Visits.Count && IsPinned(part, hint, i))).ToList();
        var local = new Dictionary<(int, int), int>();
        int Residual(int d, int m)
        {
            int r = ledger.Residual(d, m);
            return r == CompiledInstance.Unbounded ? r : r - local.GetValueOrDefault((d, m));
        }
        foreach (var (d, m) in hint.Uses(ci)) local[(d, m)] = local.GetValueOrDefault((d, m)) + 1;
        int cap = ci.EnterpriseCap[part.Enterprise];
        var unplaced = new List<int>();
        foreach (var n in hint.Unplaced)
        {
            var need = ci.Needs[n];
            var months = visits.Where(v => v.Needs.Contains(n)).Select(v => v.Month).ToList();
            bool Fits(int m) => VisitRules.GapAllows(need, m, months);
            int join = visits.FindIndex(v => !v.Pinned && (v.Month > from || !frozen) && Fits(v.Month) && VisitRules.Holds(ci, [.. v.Needs, n])
                && (v.Needs.Any(o => ci.Needs[o].Department == need.Department) || Residual(need.Department, v.Month) > 0));
            if (join >= 0)
            {
                if (!visits[join].Needs.Any(o => ci.Needs[o].Department == need.Department))
                    local[(need.Department, visits[join].Month)] = local.GetValueOrDefault((need.Department, visits[join].Month)) + 1;
                visits[join].Needs.Add(n);
                continue;
            }
            int first = knownNeeds.Contains(n) && frozen ? from + 1 : from;
            int month = need.Months.Where(m => m >= first && Fits(m) && Residual(need.Department, m) > 0).DefaultIfEmpty(0).First();
            if (month == 0 || (cap != CompiledInstance.Unbounded && visits.Count >= cap) || !VisitRules.Holds(ci, [n]))
            {
                unplaced.Add(n);
                continue;
            }
            visits.Add((month, [n], false));
            local[(need.Department, month)] = local.GetValueOrDefault((need.Department, month)) + 1;
        }
        return new EnterpriseSchedule(part.Enterprise, visits.OrderBy(v => v.Month).Select(v => new ScheduledVisit(v.Month, [.. v.Needs])).ToList(), unplaced);
    }

    /// <summary>The hint lists the pinned visits first in each month (<see cref="ReplanSolver.Hint"/>).</summary>
    private static bool IsPinned(EnterprisePart part, EnterpriseSchedule hint, int index)
    {
        int month = hint.Visits[index].Month;
        int before = 0;
        for (int i = 0; i < index; i++) if (hint.Visits[i].Month == month) before++;
        return before < part.Pinned.Count(v => v.Month == month);
    }
}

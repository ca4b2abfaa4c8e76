using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Explaining;

/// <summary>
/// Explains one enterprise's part of a valid plan in the terms of the county's rules (docs/replanning.md, Explanations):
/// why its needs are not all in one visit — the frequency floor, then for each pair of needs that share no visit the
/// rules that keep them apart (windows, standalone, minutes, departments in any plan; else, for each visit one could join,
/// gap, departments, minutes, standalone, a full capacity cell), or that no rule does and the planner missed it — and why
/// each of its unassigned occurrences and unscheduled visits has no place.
/// </summary>
public static class PlanExplainer
{
    /// <param name="firstOpenMonth">For a replanned plan, its first month not history (the replan's M): earlier months are past.</param>
    /// <returns>Null when the instance has no such enterprise.</returns>
    public static EnterpriseExplanation? Explain(Instance instance, AnnualPlan plan, string enterprise, IReadOnlyList<MonthlyPlan>? months = null,
        int firstOpenMonth = 1)
    {
        var ci = new CompiledInstance(instance);
        if (!ci.EnterpriseIndex.TryGetValue(enterprise, out int e)) return null;
        var schedules = PlanSchedules.From(ci, plan);
        var ledger = new CapacityLedger(ci);
        foreach (var s in schedules) ledger.Add(s);
        var rules = new JoinRules(ci, ledger, firstOpenMonth);
        var schedule = schedules[e];
        var needs = ci.NeedsOfEnterprise[e];

        var apart = new List<ApartNeeds>();
        for (int i = 0; i < needs.Length; i++)
            for (int j = i + 1; j < needs.Length; j++)
            {
                int a = needs[i], b = needs[j];
                bool placed = schedule.Visits.Any(v => v.Needs.Contains(a)) && schedule.Visits.Any(v => v.Needs.Contains(b));
                if (!placed || schedule.Visits.Any(v => v.Needs.Contains(a) && v.Needs.Contains(b))) continue;
                apart.Add(new ApartNeeds(ci.Needs[a].Id, ci.Needs[b].Id, Apart(rules, schedule, a, b)));
            }

        var unassigned = plan.Unassigned.Where(u => ci.NeedIndex.TryGetValue(u.Need, out int n) && ci.Needs[n].Enterprise == e)
            .Select(u => new OccurrenceExplanation($"{u.Need}#{u.Occurrence}", Unplaced(ci, rules, schedule, ci.NeedIndex[u.Need]))).ToList();
        var ids = plan.Visits.Where(v => v.Enterprise == enterprise).Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        var unscheduled = (months ?? []).SelectMany(m => m.Unscheduled.Select(u => (m.Month, u))).Where(x => ids.Contains(x.u.Visit))
            .Select(x => new OccurrenceExplanation($"{x.u.Visit} (month {x.Month})", [new Reason(RuleNames.Staff, x.u.Reason)])).ToList();
        int fewest = needs.Select(n => ci.Needs[n].Times).DefaultIfEmpty(0).Max();
        var extra = schedule.VisitCount > fewest ? Extra(rules, schedule) : [];
        return new EnterpriseExplanation
        {
            Enterprise = enterprise,
            Visits = schedule.VisitCount,
            FewestByFrequency = fewest,
            Apart = apart,
            Extra = extra,
            Unassigned = unassigned,
            Unscheduled = unscheduled,
        };
    }

    /// <summary>Rules that hold in any plan; else, over every move of one's occurrence into a visit of the other, the rules that block it.</summary>
    private static IReadOnlyList<Reason> Apart(JoinRules rules, EnterpriseSchedule schedule, int a, int b)
    {
        var always = rules.Always(a, b);
        if (always.Count > 0) return always;
        var found = new List<Reason>();
        foreach (var (mover, host) in new[] { (b, a), (a, b) })
            foreach (var target in schedule.Visits.Where(v => v.Needs.Contains(host)))
                foreach (var from in schedule.Visits.Where(v => v.Needs.Contains(mover)))
                {
                    if (rules.IsPast(from.Month))
                    {
                        found.Add(rules.PastReason(from.Month));
                        continue;
                    }
                    var others = schedule.Visits.Where(v => v != from && v.Needs.Contains(mover)).Select(v => v.Month);
                    var blocked = rules.Join(mover, target, others);
                    if (blocked.Count == 0)
                        return [new Reason(RuleNames.NotFound, $"{rules.NeedId(mover)} could join the month-{target.Month} visit: no rule forbids it; the planner did not find this merge")];
                    found.AddRange(blocked);
                }
        return Distinct(found);
    }

    /// <summary>
    /// With more visits than the frequency floor: for each visit, the rules that stop every one of some task's moves into
    /// another visit (the visit cannot be dissolved); visits whose tasks could all move elsewhere say so (not found).
    /// </summary>
    private static IReadOnlyList<OccurrenceExplanation> Extra(JoinRules rules, EnterpriseSchedule schedule)
    {
        var result = new List<OccurrenceExplanation>();
        foreach (var v in schedule.Visits)
        {
            var blocking = new List<Reason>();
            if (rules.IsPast(v.Month)) blocking.Add(rules.PastReason(v.Month));
            else foreach (var n in v.Needs)
            {
                var others = schedule.Visits.Where(w => w != v && w.Needs.Contains(n)).Select(w => w.Month).ToList();
                var moves = schedule.Visits.Where(w => w != v).Select(w => rules.Join(n, w, others)).ToList();
                if (moves.Count == 0 || moves.All(m => m.Count > 0)) blocking.AddRange(moves.SelectMany(m => m));
            }
            result.Add(new OccurrenceExplanation($"the month-{v.Month} visit ({string.Join(", ", v.Needs.Select(rules.NeedId))})",
                blocking.Count > 0 ? Distinct(blocking)
                    : [new Reason(RuleNames.NotFound, "each of its tasks could join another visit: no rule keeps this visit; the planner did not find the merge")]));
        }
        return result;
    }

    /// <summary>For each month the need allows: joining each visit there, or a new visit; the rules that block them all.</summary>
    private static IReadOnlyList<Reason> Unplaced(CompiledInstance ci, JoinRules rules, EnterpriseSchedule schedule, int n)
    {
        var need = ci.Needs[n];
        if (need.MonthMask == 0)
            return [new Reason(RuleNames.Windows, $"{need.Id} allows no month the enterprise is open")];
        var placed = schedule.Visits.Where(v => v.Needs.Contains(n)).Select(v => v.Month).ToList();
        var found = new List<Reason>();
        foreach (var m in need.Months)
        {
            if (rules.IsPast(m))
            {
                found.Add(rules.PastReason(m));
                continue;
            }
            if (placed.Contains(m))
            {
                found.Add(new Reason(RuleNames.Frequency, $"month {m} already holds an occurrence of {need.Id}: its occurrences lie in distinct visits"));
                continue;
            }
            var options = schedule.Visits.Where(v => v.Month == m).Select(v => rules.Join(n, v, placed))
                .Append(rules.NewVisit(n, m, schedule.VisitCount, placed)).ToList();
            if (options.Any(o => o.Count == 0))
                return [new Reason(RuleNames.NotFound, $"month {m} has room for {need.Id}: no rule forbids it; the planner did not find it")];
            found.AddRange(options.SelectMany(o => o));
        }
        return Distinct(found);
    }

    /// <summary>One reason per rule, the first sentence with a count of the others, in the order first met.</summary>
    private static IReadOnlyList<Reason> Distinct(List<Reason> reasons) =>
        reasons.GroupBy(r => r.Rule).Select(g =>
        {
            var texts = g.Select(r => r.Text).Distinct().ToList();
            return new Reason(g.Key, texts.Count == 1 ? texts[0] : $"{texts[0]} (and {texts.Count - 1} more like it)");
        }).ToList();
}

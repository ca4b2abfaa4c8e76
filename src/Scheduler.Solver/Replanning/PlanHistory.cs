using Scheduler.Domain.Json;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// Reads the previous plan against the changed instance and the records: which visits are history (pinned: done or
/// not reported), which are not done (their occurrences come back), what the frozen month keeps, what later visits
/// would keep, and which enterprises a change touches. History that the changed instance makes invalid is a problem
/// with its path: history is never changed.
/// </summary>
internal sealed class PlanHistory
{
    private readonly CompiledInstance _ci;
    private readonly int _from;

    /// <summary>False for a plan from scratch after the history: the first month is not frozen.</summary>
    private readonly bool _frozen;

    public EnterprisePart[] Parts { get; }
    public List<InputError> Problems { get; } = [];
    public int NotDoneVisits { get; private set; }
    public int UnreportedVisits { get; private set; }

    /// <summary>Visits of the frozen month the changes forced out or trimmed.</summary>
    public int FrozenChanged { get; private set; }

    /// <summary>Needs the previous plan mentions (in a visit or unassigned): the others are new.</summary>
    public HashSet<int> KnownNeeds { get; } = [];

    private PlanHistory(CompiledInstance ci, int from, bool frozen)
    {
        _ci = ci;
        _from = from;
        _frozen = frozen;
        Parts = Enumerable.Range(0, ci.EnterpriseIds.Length).Select(e => new EnterprisePart(e)).ToArray();
    }

    /// <param name="fromScratch">Re-plan every enterprise after the history, month <paramref name="from"/> included (not frozen).</param>
    public static PlanHistory Analyse(CompiledInstance ci, AnnualPlan previous, int from, RecordSet? records, bool fromScratch = false)
    {
        var history = new PlanHistory(ci, from, !fromScratch);
        var outcomes = (records?.Records ?? []).GroupBy(r => r.Visit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (int i = 0; i < previous.Visits.Count; i++) history.Read(previous.Visits[i], i, outcomes.GetValueOrDefault(previous.Visits[i].Id));
        foreach (var u in previous.Unassigned)
            if (ci.NeedIndex.TryGetValue(u.Need, out int n))
            {
                history.KnownNeeds.Add(n);
                history.Parts[ci.Needs[n].Enterprise].OldUnassigned.Add(u);
            }
        foreach (var part in history.Parts) history.Settle(part);
        if (fromScratch)
            foreach (var part in history.Parts) part.Touch("planned from scratch after the history");
        return history;
    }

    private void Read(Visit v, int i, VisitRecord? record)
    {
        string at = $"$.visits[{i}]";
        bool history = v.Month < _from;
        if (!_ci.EnterpriseIndex.TryGetValue(v.Enterprise, out int e))
        {
            if (history && record is not { IsDone: false })
                Problems.Add(new($"{at}.enterprise", $"visit {v.Id} of month {v.Month} is history, but enterprise {v.Enterprise} is not in the changed instance: keep the enterprise and close it from month {_from} (closedMonths)"));
            return;
        }
        var part = Parts[e];
        if (history && record is { IsDone: false })
        {
            NotDoneVisits++;
            part.Touch($"visit {v.Id} of month {v.Month} not done ({record.Reason})");
            return;
        }
        if (history && record is null) UnreportedVisits++;
        var kept = new KeptVisit(v, i, v.Month);
        for (int j = 0; j < v.Tasks.Count; j++)
        {
            var t = v.Tasks[j];
            string? wrong = TaskProblem(t.Need, e, v.Month, out int n);
            if (n >= 0) KnownNeeds.Add(n);
            if (wrong is null && kept.Occurrences.TryAdd(n, t.Occurrence)) continue;
            wrong ??= $"need {t.Need} appears twice";
            if (history) Problems.Add(new($"{at}.tasks[{j}]", $"visit {v.Id} of month {v.Month} is history, but {wrong}: {Keep}"));
            else
            {
                kept.Trimmed = true;
                part.Touch($"visit {v.Id}: {wrong}");
            }
        }
        bool holds = VisitRules.Holds(_ci, kept.Needs);
        if (history)
        {
            if (!holds) Problems.Add(new(at, $"visit {v.Id} of month {v.Month} is history, but breaks the changed instance's visit rules (departments, minutes or standalone): keep the items and rules it was made under"));
            part.Pinned.Add(kept);
            return;
        }
        if (!holds || kept.Occurrences.Count == 0)
        {
            if (!holds) part.Touch($"visit {v.Id} breaks the changed visit rules");
            if (v.Month == _from && _frozen) FrozenChanged++;
            return;
        }
        if (v.Month == _from && _frozen)
        {
            if (kept.Trimmed) FrozenChanged++;
            part.Pinned.Add(kept);
        }
        else part.Future.Add(kept);
    }

    private const string Keep = "history is never changed: a withdrawn or changed need keeps its done occurrences (docs/replanning.md)";

    private string? TaskProblem(string needId, int e, int month, out int n)
    {
        if (!_ci.NeedIndex.TryGetValue(needId, out n)) { n = -1; return $"need {needId} is not in the changed instance (withdrawn)"; }
        var need = _ci.Needs[n];
        if (need.Enterprise != e) return $"need {needId} is now for enterprise {_ci.EnterpriseIds[need.Enterprise]}";
        if (!MonthSet.Contains(need.MonthMask, month)) return $"need {needId} no longer allows month {month} (its months, or the enterprise closed)";
        return null;
    }

    /// <summary>Counts, gaps and the tier cap of one enterprise: history must hold; the frozen month gives way; anything else touches it.</summary>
    private void Settle(EnterprisePart part)
    {
        var history = part.Pinned.Where(v => v.Month < _from).ToList();
        foreach (var n in _ci.NeedsOfEnterprise[part.Enterprise])
        {
            var need = _ci.Needs[n];
            var done = history.Where(v => v.Occurrences.ContainsKey(n)).Select(v => v.Month).Order().ToList();
            if (done.Count > need.Times)
                Problems.Add(new($"$.needs[{n}].timesPerYear", $"need {need.Id} has {done.Count} occurrences in months before {_from}, more than timesPerYear {need.Times}: {Keep}"));
            if (done.Zip(done.Skip(1)).Any(p => p.Second - p.First < need.Gap))
                Problems.Add(new($"$.needs[{n}].minGapMonths", $"need {need.Id}'s occurrences before month {_from} ({string.Join(", ", done)}) are closer than minGapMonths {need.Gap}: {Keep}"));
            // The frozen month gives way where a change forces it: too many occurrences, or too close to history.
            foreach (var frozen in part.Pinned.Where(v => v.Month == _from && v.Occurrences.ContainsKey(n)).ToList())
                if (done.Count >= need.Times || done.Any(m => frozen.Month - m < need.Gap))
                {
                    frozen.Occurrences.Remove(n);
                    frozen.Trimmed = true;
                    FrozenChanged++;
                    part.Touch($"visit {frozen.Source.Id}: need {need.Id} has no occurrence left for month {_from}");
                    if (frozen.Occurrences.Count == 0) part.Pinned.Remove(frozen);
                }
        }
        int cap = _ci.EnterpriseCap[part.Enterprise];
        if (cap != CompiledInstance.Unbounded && history.Count > cap)
            Problems.Add(new($"$.enterprises[{part.Enterprise}].creditTier", $"enterprise {_ci.EnterpriseIds[part.Enterprise]} had {history.Count} visits before month {_from}, more than its tier's cap {cap}: {Keep}"));
        while (cap != CompiledInstance.Unbounded && part.Pinned.Count > cap && part.Pinned.Any(v => v.Month == _from))
        {
            part.Pinned.Remove(part.Pinned.Last(v => v.Month == _from));
            FrozenChanged++;
            part.Touch("the tier cap leaves no room for the frozen month's visit");
        }
        if (!part.Touched) CheckKept(part, cap);
    }

    /// <summary>An enterprise no change reached keeps its plan only when that plan is still whole and valid for the changed instance.</summary>
    private void CheckKept(EnterprisePart part, int cap)
    {
        var all = part.Pinned.Concat(part.Future).ToList();
        if (cap != CompiledInstance.Unbounded && all.Count > cap) part.Touch("more visits than the tier cap");
        foreach (var n in _ci.NeedsOfEnterprise[part.Enterprise])
        {
            var need = _ci.Needs[n];
            var numbers = all.Where(v => v.Occurrences.ContainsKey(n)).Select(v => v.Occurrences[n])
                .Concat(part.OldUnassigned.Where(u => u.Need == need.Id).Select(u => u.Occurrence)).ToList();
            if (!KnownNeeds.Contains(n)) part.Touch($"new need {need.Id}");
            else if (numbers.Count != need.Times || numbers.Distinct().Count() != numbers.Count || numbers.Any(k => k < 1 || k > need.Times))
                part.Touch($"need {need.Id}: {need.Times} occurrences asked, {numbers.Count} in the plan");
            var months = all.Where(v => v.Occurrences.ContainsKey(n)).Select(v => v.Month).Order().ToList();
            if (months.Zip(months.Skip(1)).Any(p => p.Second - p.First < need.Gap)) part.Touch($"need {need.Id}: its gap changed");
        }
    }
}

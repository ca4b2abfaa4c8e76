using Scheduler.Solver.Compilation;

namespace Scheduler.Solver.Scheduling;

/// <summary>
/// Says, in words a county officer understands, why a need's occurrence found no visit in the final plan:
/// for every month the need allows, which rule closed it (capacity used up, too close to another
/// occurrence, the enterprise's yearly cap, the officers), or that room was left there unused (freed after the enterprise
/// was planned, or the search stopped first). A replan passes its first open month: earlier ones are past;
/// and, when that month is frozen (published), says so where its visits could have taken the check but for that. A plan
/// fitted to the officers passes where they are fully used (<paramref name="staffFull"/>: department, enterprise, month),
/// which the fit respects and the other rules do not show.
/// </summary>
internal sealed class UnassignedExplainer(CompiledInstance ci, CapacityLedger ledger, int firstMonth = 1, bool firstFrozen = false,
    Func<int, int, int, bool>? staffFull = null)
{
    public string Explain(EnterpriseSchedule schedule, int needIndex, int missing)
    {
        var need = ci.Needs[needIndex];
        var dept = ci.DepartmentLabel(need.Department);
        var placed = schedule.Visits.Where(v => v.Needs.Contains(needIndex)).Select(v => v.Month).ToList();
        var head = $"{dept} asks for {need.Times} visit(s) a year at {ci.EnterpriseIds[need.Enterprise]}; {placed.Count} placed, {missing} not";
        if (need.Months.Length == 0)
            return $"{head}: the enterprise is closed in every month the need allows.";

        var capacityFull = new List<int>();
        var capacityNone = new List<int>();
        var tooClose = new List<int>();
        var tierCapped = new List<int>();
        var visitsFull = new List<int>();
        var unused = new List<int>();
        bool holdsAlone = VisitRules.Holds(ci, [needIndex]);
        var staffShort = new List<int>();
        var past = new List<int>();
        bool published = false;
        int cap = ci.EnterpriseCap[need.Enterprise];
        bool atCap = cap != CompiledInstance.Unbounded && schedule.VisitCount >= cap;
        foreach (var m in need.Months)
        {
            if (placed.Contains(m)) continue;
            if (m < firstMonth) { past.Add(m); continue; }
            if (placed.Any(p => Math.Abs(p - m) < need.Gap)) { tooClose.Add(m); continue; }
            bool deptThere = schedule.Visits.Any(v => v.Month == m && v.Needs.Any(n => ci.Needs[n].Department == need.Department));
            if (!deptThere && ledger.Capacity(need.Department, m) == 0) { capacityNone.Add(m); continue; }
            // At its cap, a month without any visit of the enterprise is closed by the cap whatever the capacity: naming a full
            // capacity there would say that more capacity could place it.
            if (atCap && !schedule.Visits.Any(v => v.Month == m)) { tierCapped.Add(m); continue; }
            if (!deptThere && ledger.Residual(need.Department, m) == 0) { capacityFull.Add(m); continue; }
            // A published visit of the frozen month takes only checks of departments already on it (ReplanSolver).
            if (atCap && m == firstMonth && firstFrozen && !deptThere && !need.Standalone && schedule.Visits.Any(v => v.Month == m)) { published = true; continue; }
            if (atCap) { tierCapped.Add(m); continue; }
            if (staffFull?.Invoke(need.Department, need.Enterprise, m) == true) { staffShort.Add(m); continue; }
            // Not capped, capacity and officers left: only a check over the visit limits on its own has no visit; otherwise room was left unused.
            (holdsAlone ? unused : visitsFull).Add(m);
        }

        var parts = new List<string>();
        if (past.Count > 0)
            parts.Add($"month(s) {MonthSet.Describe(past)} are past (the year is replanned from month {firstMonth})");
        if (capacityNone.Count > 0)
            parts.Add($"{dept} has no capacity at all (0 visits) in month(s) {MonthSet.Describe(capacityNone)}");
        if (capacityFull.Count > 0)
            parts.Add($"the capacity of {dept} is used up in month(s) {MonthSet.Describe(capacityFull)}");
        if (tooClose.Count > 0)
            parts.Add($"month(s) {MonthSet.Describe(tooClose)} are closer than {need.Gap} month(s) to its other occurrences");
        if (tierCapped.Count > 0)
        {
            var tier = ci.Source.Enterprises[need.Enterprise].CreditTier;
            var visitMonths = schedule.Visits.Select(v => v.Month).Distinct().Order().ToList();
            // Which check stays out where the cap holds only some (EnterpriseMergeModel.LeftOutOrder): said where its visits not yet
            // history hold a check listed before this one (there the plan chose; history did not).
            var order = ci.NeedsOfEnterprise[need.Enterprise];
            int position = Array.IndexOf(order, needIndex);
            bool listedLater = schedule.Visits.Where(v => v.Month >= firstMonth).SelectMany(v => v.Needs)
                .Any(n => Array.IndexOf(order, n) < position);
            parts.Add($"the {tier}-tier enterprise is capped at {cap} visit(s) a year (无事不扰), which its visits in month(s) {MonthSet.Describe(visitMonths)} use, and no visit in month(s) {MonthSet.Describe(tierCapped)} can take this check"
                      + (listedLater ? " (where the cap holds only some of its checks, those listed last in the needs stay out)" : ""));
        }
        if (published)
            parts.Add($"month {firstMonth} is published: its visits there take a new check only of a department already on them, and none carries {dept} (another department's check would need officers the month's teams were not planned with); moving them to a later month places nothing more");
        if (staffShort.Count > 0)
            parts.Add($"the officers of {dept} who can reach township {ci.Source.Enterprises[need.Enterprise].Township} are fully used in month(s) {MonthSet.Describe(staffShort)} (what their pairs, postings and leave can carry, lowered where the months left visits out)");
        if (visitsFull.Count > 0)
            parts.Add($"the check alone is over the visit limits ({ci.MaxDepartmentsPerVisit} departments, {ci.MaxVisitMinutes} minutes) in month(s) {MonthSet.Describe(visitsFull)}");
        if (unused.Count > 0)
            parts.Add($"month(s) {MonthSet.Describe(unused)} still had room for a visit of its own at the end (the capacity of {dept}{(staffFull is null ? "" : " and its officers")}), which the planner did not use: the room was freed after this enterprise was planned, or the search stopped first");
        if (parts.Count == 0)
            parts.Add($"every month it allows ({MonthSet.Describe(need.Months)}) already holds one of its occurrences");
        return $"{head}: {string.Join("; ", parts)}.";
    }
}

using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Staffing;

/// <summary>
/// A lower bound on the visits that staffing adds to a plan made from <c>plan</c>'s visits by moving them between
/// months and taking departments' checks out of joint visits into visits of their own (what a staffed year does to the
/// unconstrained optimum). A department's checks on joint visits need its teams on the joint weekdays: a team is
/// officersPerDepartment of its officers, in one township for the day, at most maxVisitsPerTeamDay visits and
/// workdayMinutes of on-site time. A check kept on a joint visit stays within its need's months (the months the
/// visit's checks of that department all allow, the enterprise open), so for a set M of months and a set S of
/// townships the department gets P(M, S) = Σ over the joint days of M of ⌊(county officers + officers posted in S, not
/// on leave) / officersPerDepartment⌋ team-days for its joint visits in S whose months lie within M: at most
/// maxVisitsPerTeamDay × P of them, whose on-site minutes add up to at most workdayMinutes × P. The fewest of them that
/// must leave their joint visits (the longest first, for the minutes) is the department's excess; M runs over the whole
/// year and each window its joint visits have (a fishing check's off-season, a homestay's summer), S over the townships
/// with the most excess, in prefixes, and each alone (any M and S give a valid excess).
/// Taking a department's check out of a visit frees one place of that department at the cost of one more visit, except
/// that splitting a whole joint visit into single-department visits frees all its |D| places for |D| − 1 more: one
/// place free. So the extra visits are at least Σ excess − B, where B bounds how many visits can be split whole with
/// every department of theirs in excess, each such visit using one unit of excess of each of its departments (B is
/// bounded through the dual of that packing, over the subsets of the departments in excess); and at least the largest
/// excess.
/// </summary>
public static class JointVisitBound
{
    public static int Of(Instance instance, AnnualPlan plan)
    {
        var capacity = new StaffCapacity(instance);
        var departments = capacity.Departments;
        var deptIndex = Index(departments);
        var townIndex = Index(capacity.Townships);
        var needs = new Dictionary<string, Need>(StringComparer.Ordinal);
        foreach (var n in instance.Needs) needs.TryAdd(n.Id, n);
        var townOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var closed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in instance.Enterprises)
        {
            townOf.TryAdd(e.Id, townIndex.GetValueOrDefault(e.Township, -1));
            closed.TryAdd(e.Id, MonthSet.Of(e.ClosedMonths));
        }
        int k = capacity.OfficersPerTeam, perDay = Math.Max(1, instance.Rules.MaxVisitsPerTeamDay);
        int towns = capacity.Townships.Length;
        long workday = instance.Rules.WorkdayMinutes;

        var itemMinutes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in instance.CheckItems) itemMinutes.TryAdd(i.Id, i.Minutes);

        // On-site minutes and months (those its checks of the department allow) of each joint visit of each department
        // in each township; and how many joint visits have each set of departments.
        var joint = new List<(int Minutes, int Months)>[departments.Length, towns];
        for (int d = 0; d < departments.Length; d++)
            for (int t = 0; t < towns; t++) joint[d, t] = [];
        var sets = new Dictionary<int, int>();
        foreach (var v in plan.Visits)
        {
            if (!townOf.TryGetValue(v.Enterprise, out int t) || t < 0) continue;
            var byDepartment = v.Tasks.Select(task => needs.GetValueOrDefault(task.Need)).OfType<Need>()
                .Where(n => deptIndex.ContainsKey(n.Department)).GroupBy(n => deptIndex[n.Department]).ToList();
            if (byDepartment.Count < 2) continue;
            int open = MonthSet.All & ~closed.GetValueOrDefault(v.Enterprise);
            int onSite = byDepartment.Max(g => g.SelectMany(n => n.Items).Distinct(StringComparer.Ordinal).Sum(i => itemMinutes.GetValueOrDefault(i)));
            int set = 0;
            foreach (var g in byDepartment)
            {
                joint[g.Key, t].Add((onSite, g.Aggregate(open, (m, n) => m & MonthSet.Of(n.Months))));
                if (g.Key < 31) set |= 1 << g.Key;
            }
            sets[set] = sets.GetValueOrDefault(set) + 1;
        }

        // Officers not on leave on each joint day: county level, and posted per township.
        var calendar = WorkCalendar.For(instance);
        var days = Enumerable.Range(1, 12).SelectMany(m => calendar.JointDays(m)).ToList();
        var county = new int[departments.Length, days.Count];
        var posted = new int[departments.Length, towns, days.Count];
        foreach (var o in instance.Inspectors)
        {
            if (!deptIndex.TryGetValue(o.Department, out int d)) continue;
            int t = string.IsNullOrEmpty(o.Township) ? -1 : townIndex.GetValueOrDefault(o.Township, -2);
            if (t == -2) continue;
            var leave = o.Unavailable.ToHashSet();
            for (int i = 0; i < days.Count; i++)
            {
                if (leave.Contains(days[i])) continue;
                if (t < 0) county[d, i]++;
                else posted[d, t, i]++;
            }
        }

        var excess = new int[departments.Length];
        for (int d = 0; d < departments.Length; d++)
        {
            // Team-days of the department that a set of townships gets on the joint days of the months in mask.
            int TeamDays(IReadOnlyCollection<int> set, int mask)
            {
                int teams = 0;
                for (int i = 0; i < days.Count; i++)
                    if (MonthSet.Contains(mask, days[i].Month)) teams += (county[d, i] + set.Sum(t => posted[d, t, i])) / k;
                return teams;
            }
            IEnumerable<int> Within(int t, int mask) => joint[d, t].Where(j => (j.Months & ~mask) == 0).Select(j => j.Minutes);
            int Excess(IReadOnlyCollection<int> set, int mask)
            {
                int teamDays = TeamDays(set, mask);
                var minutes = set.SelectMany(t => Within(t, mask)).OrderDescending().ToList();
                int byCount = minutes.Count - perDay * teamDays;
                long left = minutes.Sum(m => (long)m), room = workday * teamDays;
                int byMinutes = 0;
                while (left > room && byMinutes < minutes.Count) left -= minutes[byMinutes++];
                return Math.Max(0, Math.Max(byCount, byMinutes));
            }
            var masks = new SortedSet<int> { MonthSet.All };
            for (int t = 0; t < towns; t++)
                foreach (var j in joint[d, t]) masks.Add(j.Months);
            foreach (int mask in masks)
            {
                var order = Enumerable.Range(0, towns).Where(t => Within(t, mask).Any())
                    .OrderByDescending(t => Within(t, mask).Sum() - workday * TeamDays([t], mask)).ThenBy(t => t).ToList();
                var prefix = new List<int>();
                foreach (int t in order)
                {
                    prefix.Add(t);
                    excess[d] = Math.Max(excess[d], Math.Max(Excess(prefix, mask), Excess([t], mask)));
                }
            }
        }
        int sum = excess.Sum(), largest = excess.DefaultIfEmpty(0).Max();
        return Math.Max(largest, sum - WholeSplits(excess, sets));
    }

    /// <summary>
    /// An upper bound on the visits that can be split whole with every department of theirs in excess, each using a unit of
    /// excess of each of its departments: the dual of that packing, min over subsets U of the departments in excess of
    /// Σ_{d∈U} excess/2 + Σ over department sets D within them of (visits with D) × max(0, 1 − |D ∩ U|/2).
    /// </summary>
    private static int WholeSplits(int[] excess, Dictionary<int, int> sets)
    {
        // Beyond 16 departments in excess the subsets are too many to try: half the excess, the packing's plainest bound.
        if (excess.Count(x => x > 0) > 16) return excess.Sum() / 2;
        int inExcess = 0;
        for (int d = 0; d < excess.Length; d++)
            if (excess[d] > 0) inExcess |= 1 << d;
        var within = sets.Where(s => (s.Key & ~inExcess) == 0).ToList();
        double best = double.MaxValue;
        // Every subset U of inExcess, the empty one included (the loop ends after it).
        for (int u = inExcess; ; u = (u - 1) & inExcess)
        {
            double bound = 0;
            for (int d = 0; d < excess.Length; d++)
                if ((u & (1 << d)) != 0) bound += excess[d] / 2.0;
            foreach (var (set, count) in within)
                bound += count * Math.Max(0, 1 - System.Numerics.BitOperations.PopCount((uint)(set & u)) / 2.0);
            best = Math.Min(best, bound);
            if (u == 0) break;
        }
        return (int)Math.Floor(best + 1e-9);
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) map.TryAdd(id, map.Count);
        return map;
    }
}

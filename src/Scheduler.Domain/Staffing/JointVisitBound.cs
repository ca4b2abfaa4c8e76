using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Staffing;

/// <summary>
/// A lower bound on the visits that staffing adds to a plan made from <c>plan</c>'s visits by moving them between
/// months and taking departments' checks out of joint visits (what a staffed year does to the unconstrained optimum).
/// A department's checks on joint visits need its teams on the joint weekdays: a team is officersPerDepartment of its
/// officers, in one township for the day, at most maxVisitsPerTeamDay visits and workdayMinutes of on-site time. Over
/// the whole year (months relaxed), a set S of townships gets P(S) = Σ over joint days of ⌊(county officers + officers
/// posted in S, not on leave) / officersPerDepartment⌋ team-days of the department: at most maxVisitsPerTeamDay × P(S)
/// of its joint visits there, whose on-site minutes add up to at most workdayMinutes × P(S). The fewest of them that
/// must leave their joint visits (the longest first, for the minutes) is that department's excess. Taking checks out
/// of a visit frees at most one place of each department and, split into single-department visits, at most two places
/// per extra visit; so the bound is the larger of the largest excess and half their sum. S runs over the townships
/// with the most excess, in prefixes, and each alone (any S gives a valid bound).
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
        foreach (var e in instance.Enterprises) townOf.TryAdd(e.Id, townIndex.GetValueOrDefault(e.Township, -1));
        int k = capacity.OfficersPerTeam, perDay = Math.Max(1, instance.Rules.MaxVisitsPerTeamDay);
        int towns = capacity.Townships.Length;

        var itemMinutes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in instance.CheckItems) itemMinutes.TryAdd(i.Id, i.Minutes);

        // On-site minutes of each joint visit of each department in each township over the year.
        var joint = new List<int>[departments.Length, towns];
        for (int d = 0; d < departments.Length; d++)
            for (int t = 0; t < towns; t++) joint[d, t] = [];
        foreach (var v in plan.Visits)
        {
            if (!townOf.TryGetValue(v.Enterprise, out int t) || t < 0) continue;
            var shares = v.Tasks.Select(task => needs.GetValueOrDefault(task.Need)).OfType<Need>()
                .Where(n => deptIndex.ContainsKey(n.Department)).GroupBy(n => deptIndex[n.Department])
                .ToDictionary(g => g.Key, g => g.SelectMany(n => n.Items).Distinct(StringComparer.Ordinal).Sum(i => itemMinutes.GetValueOrDefault(i)));
            if (shares.Count < 2) continue;
            int onSite = shares.Values.Max();
            foreach (int d in shares.Keys) joint[d, t].Add(onSite);
        }

        // Officers not on leave on each joint day: county level, and posted per township.
        var calendar = WorkCalendar.For(instance);
        var days = Enumerable.Range(1, 12).SelectMany(calendar.JointDays).ToList();
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

        int largest = 0, sum = 0;
        for (int d = 0; d < departments.Length; d++)
        {
            // Team-days of the department that a set of townships gets over the year.
            int TeamDays(IReadOnlyCollection<int> set)
            {
                int teams = 0;
                for (int i = 0; i < days.Count; i++)
                    teams += (county[d, i] + set.Sum(t => posted[d, t, i])) / k;
                return teams;
            }
            int Excess(IReadOnlyCollection<int> set)
            {
                int teamDays = TeamDays(set);
                var minutes = set.SelectMany(t => joint[d, t]).OrderDescending().ToList();
                int byCount = minutes.Count - perDay * teamDays;
                long left = minutes.Sum(m => (long)m), room = (long)instance.Rules.WorkdayMinutes * teamDays;
                int byMinutes = 0;
                while (left > room && byMinutes < minutes.Count) left -= minutes[byMinutes++];
                return Math.Max(0, Math.Max(byCount, byMinutes));
            }
            var order = Enumerable.Range(0, towns).Where(t => joint[d, t].Count > 0)
                .OrderByDescending(t => joint[d, t].Sum() - (long)instance.Rules.WorkdayMinutes * TeamDays([t])).ThenBy(t => t).ToList();
            var prefix = new List<int>();
            int excess = 0;
            foreach (int t in order)
            {
                prefix.Add(t);
                excess = Math.Max(excess, Math.Max(Excess(prefix), Excess([t])));
            }
            largest = Math.Max(largest, excess);
            sum += excess;
        }
        return Math.Max(largest, (sum + 1) / 2);
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) map.TryAdd(id, map.Count);
        return map;
    }
}

using System.Globalization;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Staffing;

/// <summary>
/// Whether the county's officers can carry what its needs ask, per department and month (<see cref="StaffCapacity"/>
/// against the needs). What the needs ask at the least: the occurrences a need cannot place outside a month (its
/// months, gaps and the enterprise's closed months force them there), one visit per department and enterprise, in
/// team-days of at most <c>maxVisitsPerTeamDay</c> visits in one township. Two shortfalls are named: all working days
/// against those visits (some cannot be scheduled by any plan), and the joint weekdays against those of them at
/// enterprises another department must also visit that month (merging them all is more than the joint weekdays can
/// carry: some will go alone on other days, a visit more each). Also departments with too few officers for one team,
/// and leave outside the plan year. Expects a valid instance (<see cref="Validation.InstanceValidator"/>).
/// </summary>
public static class StaffingCheck
{
    public static IReadOnlyList<StaffingFinding> Check(Instance instance)
    {
        var findings = new List<StaffingFinding>();
        var capacity = new StaffCapacity(instance);
        var departments = capacity.Departments;
        var deptIndex = departments.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        var townIndex = capacity.Townships.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var enterprises = instance.Enterprises.Select((e, i) => (e, i)).ToDictionary(p => p.e.Id, p => p.i, StringComparer.Ordinal);
        int k = capacity.OfficersPerTeam, perDay = Math.Max(1, instance.Rules.MaxVisitsPerTeamDay);

        var forced = Forced(instance, deptIndex, enterprises);
        var asked = instance.Needs.Select(n => deptIndex.GetValueOrDefault(n.Department, -1)).Where(d => d >= 0).ToHashSet();

        for (int d = 0; d < departments.Length; d++)
        {
            string name = Label(instance, d);
            if (asked.Contains(d) && capacity.Officers[d] < k)
                findings.Add(new StaffingFinding($"$.departments[{d}]", departments[d], null, "officers", capacity.Officers[d], k,
                    $"{name} has {capacity.Officers[d]} officer(s) but a visit needs {k} of them: none of its visits can be staffed"));
        }

        // Per department and month: visits forced there, by township; and those sharing the enterprise-month with another department.
        var byCell = forced.GroupBy(f => (f.Key.D, f.Key.M));
        var departmentsAt = forced.Keys.GroupBy(f => (f.E, f.M)).ToDictionary(g => g.Key, g => g.Select(f => f.D).Distinct().Count());
        foreach (var cell in byCell.OrderBy(c => c.Key.D).ThenBy(c => c.Key.M))
        {
            var (d, m) = cell.Key;
            if (capacity.Officers[d] < k) continue;
            var all = new Dictionary<int, int>();
            var joint = new Dictionary<int, int>();
            foreach (var f in cell)
            {
                int t = townIndex.GetValueOrDefault(instance.Enterprises[f.Key.E].Township, -1);
                if (t < 0) continue;
                all[t] = all.GetValueOrDefault(t) + f.Value;
                if (departmentsAt[(f.Key.E, m)] > 1) joint[t] = joint.GetValueOrDefault(t) + f.Value;
            }
            string month = $"{instance.Year}-{m:00}";
            string name = Label(instance, d);
            int neededAll = TeamDays(all, perDay), canAll = capacity.JointTeamDays(d, null, m) + capacity.OtherTeamDays(d, null, m);
            var shortTown = all.Keys.Where(t => Math.Ceiling(all[t] / (double)perDay) > capacity.JointTeamDays(d, t, m) + capacity.OtherTeamDays(d, t, m)).Order().ToList();
            if (neededAll > canAll || shortTown.Count > 0)
                findings.Add(new StaffingFinding($"$.inspectors", departments[d], m, "all", canAll, neededAll,
                    string.Create(CultureInfo.InvariantCulture,
                        $"{name} can make at most {canAll} team-days in {month}, but the needs put at least {all.Values.Sum()} of its visits there, {neededAll} team-days at {perDay} visits a day")
                    + (shortTown.Count > 0 ? $"; short in {string.Join(", ", shortTown.Select(t => instance.Townships[t].Name is { Length: > 0 } n ? n : instance.Townships[t].Id))}" : "")
                    + ": some of them cannot be scheduled by any plan"));
            int neededJoint = TeamDays(joint, perDay), canJoint = capacity.JointTeamDays(d, null, m);
            if (neededJoint > canJoint)
                findings.Add(new StaffingFinding($"$.inspectors", departments[d], m, "joint", canJoint, neededJoint,
                    string.Create(CultureInfo.InvariantCulture,
                        $"{name} can make at most {canJoint} team-days on the joint weekdays of {month} ({capacity.Officers[d]} officers), but merging its at least {joint.Values.Sum()} visits there with other departments' would need {neededJoint}: some will go alone on other days, a visit more each")));
        }

        // Leave outside the plan year is ignored; say so.
        for (int i = 0; i < instance.Inspectors.Count; i++)
        {
            var o = instance.Inspectors[i];
            var outside = o.Unavailable.Where(date => date.Year != instance.Year).ToList();
            if (outside.Count > 0)
                findings.Add(new StaffingFinding($"$.inspectors[{i}].unavailable", o.Department, null, "leave", 0, 0,
                    $"inspector {o.Id} is unavailable on {string.Join(", ", outside.Take(3).Select(x => x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}{(outside.Count > 3 ? " …" : "")}, outside the plan year {instance.Year}: ignored"));
        }
        return findings;
    }

    /// <summary>
    /// The same check on a plan (SOLVER-NOTES' quick necessary check): per department and month, the team-days its joint
    /// visits need on the joint weekdays (Σ over townships of ⌈visits / maxVisitsPerTeamDay⌉) and those all its visits
    /// need, against what its officers can make. A plan that breaks it leaves visits unscheduled however its months are planned.
    /// </summary>
    public static IReadOnlyList<StaffingFinding> CheckPlan(Instance instance, Plans.AnnualPlan plan)
    {
        var findings = new List<StaffingFinding>();
        var capacity = new StaffCapacity(instance);
        var deptIndex = capacity.Departments.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        var townIndex = capacity.Townships.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var needs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in instance.Needs) needs.TryAdd(n.Id, n.Department);
        var township = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in instance.Enterprises) township.TryAdd(e.Id, e.Township);
        int perDay = Math.Max(1, instance.Rules.MaxVisitsPerTeamDay);
        var joint = new Dictionary<(int D, int M), Dictionary<int, int>>();
        var all = new Dictionary<(int D, int M), Dictionary<int, int>>();
        foreach (var v in plan.Visits)
        {
            if (v.Month is < 1 or > 12 || !township.TryGetValue(v.Enterprise, out var tid) || !townIndex.TryGetValue(tid, out int t)) continue;
            var ds = v.Tasks.Select(x => needs.GetValueOrDefault(x.Need)).OfType<string>().Distinct().Where(deptIndex.ContainsKey).Select(x => deptIndex[x]).ToList();
            foreach (var d in ds)
            {
                Bump(all, (d, v.Month), t);
                if (ds.Count > 1) Bump(joint, (d, v.Month), t);
            }
        }
        foreach (var ((d, m), towns) in joint.OrderBy(c => c.Key.D).ThenBy(c => c.Key.M))
        {
            int need = TeamDays(towns, perDay), can = capacity.JointTeamDays(d, null, m);
            if (need > can)
                findings.Add(new StaffingFinding("$.visits", capacity.Departments[d], m, "joint", can, need,
                    $"{Label(instance, d)}: the plan's {towns.Values.Sum()} joint visits in {instance.Year}-{m:00} need at least {need} team-days on joint weekdays; its officers can make {can}"));
        }
        foreach (var ((d, m), towns) in all.OrderBy(c => c.Key.D).ThenBy(c => c.Key.M))
        {
            int need = TeamDays(towns, perDay), can = capacity.JointTeamDays(d, null, m) + capacity.OtherTeamDays(d, null, m);
            if (need > can)
                findings.Add(new StaffingFinding("$.visits", capacity.Departments[d], m, "all", can, need,
                    $"{Label(instance, d)}: the plan's {towns.Values.Sum()} visits in {instance.Year}-{m:00} need at least {need} team-days; its officers can make {can}"));
        }
        return findings;

        static void Bump(Dictionary<(int, int), Dictionary<int, int>> map, (int, int) key, int t)
        {
            if (!map.TryGetValue(key, out var towns)) map[key] = towns = [];
            towns[t] = towns.GetValueOrDefault(t) + 1;
        }
    }

    /// <summary>
    /// A lower bound on the visits staffing adds to a plan that merges every visit the needs force into the same month:
    /// per month, the most, over departments, of the forced visits shared with another department beyond what all the
    /// department's teams can carry on the month's joint weekdays (maxVisitsPerTeamDay each). Each of those cannot be
    /// joint, so its department goes alone: one visit more (one such visit may relieve several departments, hence the
    /// most, not the sum, per month).
    /// </summary>
    public static int PriceBound(Instance instance)
    {
        var capacity = new StaffCapacity(instance);
        var deptIndex = capacity.Departments.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        var enterprises = instance.Enterprises.Select((e, i) => (e, i)).ToDictionary(p => p.e.Id, p => p.i, StringComparer.Ordinal);
        var forced = Forced(instance, deptIndex, enterprises);
        var departmentsAt = forced.Keys.GroupBy(f => (f.E, f.M)).ToDictionary(g => g.Key, g => g.Select(f => f.D).Distinct().Count());
        int perDay = Math.Max(1, instance.Rules.MaxVisitsPerTeamDay), bound = 0;
        for (int m = 1; m <= 12; m++)
        {
            int worst = 0;
            for (int d = 0; d < capacity.Departments.Length; d++)
            {
                int joint = forced.Where(f => f.Key.D == d && f.Key.M == m && departmentsAt[(f.Key.E, m)] > 1).Sum(f => f.Value);
                worst = Math.Max(worst, joint - perDay * capacity.JointTeamDays(d, null, m));
            }
            bound += worst;
        }
        return bound;
    }

    /// <summary>Forced visits: [department, enterprise, month] = the most occurrences one of the department's needs there
    /// cannot place in any other month (its months, gaps and the enterprise's closed months leave no room).</summary>
    private static Dictionary<(int D, int E, int M), int> Forced(Instance instance, Dictionary<string, int> deptIndex, Dictionary<string, int> enterprises)
    {
        var forced = new Dictionary<(int D, int E, int M), int>();
        foreach (var n in instance.Needs)
        {
            if (!deptIndex.TryGetValue(n.Department, out int d) || !enterprises.TryGetValue(n.Enterprise, out int e)) continue;
            var closed = instance.Enterprises[e].ClosedMonths.ToHashSet();
            var months = (n.Months.Count == 0 ? Need.AllMonths : n.Months).Where(m => m is >= 1 and <= 12 && !closed.Contains(m)).Distinct().Order().ToArray();
            foreach (var m in months)
            {
                int must = n.TimesPerYear - MonthSet.MostOccurrences(MonthSet.Of(months.Where(x => x != m)), n.MinGapMonths);
                if (must > 0) forced[(d, e, m)] = Math.Max(forced.GetValueOrDefault((d, e, m)), must);
            }
        }
        return forced;
    }

    /// <summary>Team-days a township split needs: one township a team-day, at most <paramref name="perDay"/> visits.</summary>
    private static int TeamDays(Dictionary<int, int> visits, int perDay) => visits.Values.Sum(v => (v + perDay - 1) / perDay);

    private static string Label(Instance instance, int d) =>
        instance.Departments[d].Name is { Length: > 0 } name ? $"{instance.Departments[d].Id} ({name})" : instance.Departments[d].Id;
}

using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Staffing;

/// <summary>
/// Where a staffed year's price comes from, per department (<see cref="DepartmentYear"/>): computed from the instance,
/// the annual plan, its months and, when given, the plan that ignores staff and the departments each left-out visit was
/// short of. Reads only what the checker has passed;
/// unknown ids in the months are skipped.
/// </summary>
public static class DepartmentYears
{
    /// <summary>A department whose joint-weekday team-days are used at least this much is full there.</summary>
    public const double Full = 0.95;

    /// <summary>
    /// The departments the year's left-out visits wait for (<see cref="DepartmentYear.LeftOut"/> above 0), most visits
    /// first, then by id: where more officers leave the fewest visits out.
    /// </summary>
    public static IReadOnlyList<string> WaitedFor(IReadOnlyList<DepartmentYear> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        return departments.Where(d => d.LeftOut is > 0).OrderByDescending(d => d.LeftOut).ThenBy(d => d.Department, StringComparer.Ordinal)
            .Select(d => d.Department).ToList();
    }

    /// <param name="shortOf">For each visit left out for want of officers, the departments that ran short (the monthly
    /// planner's); null when not known (<see cref="DepartmentYear.LeftOut"/> is then null).</param>
    public static IReadOnlyList<DepartmentYear> Of(Instance instance, AnnualPlan plan, IReadOnlyList<MonthlyPlan> months, AnnualPlan? unconstrained = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? shortOf = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(months);
        var lookup = InstanceLookup.For(instance);
        var calendar = WorkCalendar.For(instance);
        var capacity = new StaffCapacity(instance);
        int k = capacity.OfficersPerTeam;
        var departments = instance.Departments.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        var index = departments.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);

        // Each visit's departments (as indices).
        int[] DepartmentsOf(Visit v) => v.Tasks.Select(t => lookup.DepartmentOf(t.Need)).OfType<string>()
            .Where(index.ContainsKey).Select(d => index[d]).Distinct().Order().ToArray();
        // Joint visits per department and township: those of the plan that ignores staff count up, this plan's down.
        var lost = departments.Select(_ => new SortedDictionary<string, int>(StringComparer.Ordinal)).ToArray();
        void CountLost(Visit v, int[] ds, int sign)
        {
            if (ds.Length < 2) return;
            string township = lookup.Enterprise(v.Enterprise)?.Township ?? "";
            foreach (int d in ds) lost[d][township] = lost[d].GetValueOrDefault(township) + sign;
        }

        var visitDepartments = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] joint = new int[departments.Count], alone = new int[departments.Count];
        foreach (var v in plan.Visits)
        {
            var ds = visitDepartments[v.Id] = DepartmentsOf(v);
            foreach (int d in ds) (ds.Length > 1 ? joint : alone)[d]++;
            if (unconstrained is not null) CountLost(v, ds, -1);
        }
        int[]? jointBefore = null;
        if (unconstrained is not null)
        {
            jointBefore = new int[departments.Count];
            foreach (var v in unconstrained.Visits)
            {
                var ds = DepartmentsOf(v);
                if (ds.Length > 1)
                    foreach (int d in ds) jointBefore[d]++;
                CountLost(v, ds, +1);
            }
        }
        TownshipChecks? MostLost(int d)
        {
            if (unconstrained is null) return null;
            var (township, checks) = lost[d].Aggregate((Township: "", Checks: 0), (best, kv) => kv.Value > best.Checks ? (kv.Key, kv.Value) : best);
            return checks > 0 ? new TownshipChecks { Township = township, Name = lookup.TownshipName(township), Checks = checks } : null;
        }

        // The joint weekdays' team-days: each department's officers there, its visits and all visits of those team-days.
        double[] teamDays = new double[departments.Count], ownVisits = new double[departments.Count], teamVisits = new double[departments.Count];
        var officersHere = new int[departments.Count];
        foreach (var td in months.SelectMany(m => m.TeamDays))
        {
            if (!calendar.IsJointDay(td.Date)) continue;
            Array.Clear(officersHere);
            foreach (var id in td.Inspectors.Distinct(StringComparer.Ordinal))
                if (lookup.Inspector(id) is { } o && index.TryGetValue(o.Department, out int d)) officersHere[d]++;
            for (int d = 0; d < departments.Count; d++)
            {
                if (officersHere[d] == 0) continue;
                teamDays[d] += officersHere[d] / (double)k;
                teamVisits[d] += td.Visits.Count * (officersHere[d] / (double)k);
                ownVisits[d] += td.Visits.Count(v => visitDepartments.TryGetValue(v, out var ds) && Array.IndexOf(ds, d) >= 0) * (officersHere[d] / (double)k);
            }
        }

        // The visits left out for want of each department's officers: those still unscheduled that ran short of it, or that
        // too few of its officers may serve at all.
        int[] leftOut = new int[departments.Count];
        if (shortOf is not null)
            foreach (var u in months.SelectMany(m => m.Unscheduled))
                if (shortOf.TryGetValue(u.Visit, out var shortDepartments))
                    foreach (var d in shortDepartments.Distinct(StringComparer.Ordinal))
                        if (index.TryGetValue(d, out int i)) leftOut[i]++;

        // What the officers could make on the joint weekdays, county-wide (leave counted, each officer once).
        var result = new List<DepartmentYear>();
        for (int d = 0; d < departments.Count; d++)
        {
            int c = Array.IndexOf(capacity.Departments, departments[d]);
            result.Add(new DepartmentYear
            {
                Department = departments[d],
                Name = lookup.DepartmentName(departments[d]),
                Officers = capacity.Officers[c],
                JointTeamDays = teamDays[d],
                JointTeamDaysPossible = Enumerable.Range(1, 12).Sum(m => capacity.JointTeamDays(c, null, m)),
                VisitsPerJointTeamDay = teamDays[d] > 0 ? ownVisits[d] / teamDays[d] : 0,
                TeamVisitsPerJointTeamDay = teamDays[d] > 0 ? teamVisits[d] / teamDays[d] : 0,
                JointChecks = joint[d],
                AloneChecks = alone[d],
                LeftOut = shortOf is null ? null : leftOut[d],
                TakenOut = jointBefore is null ? null : Math.Max(0, jointBefore[d] - joint[d]),
                MostTakenOutIn = MostLost(d),
            });
        }
        return result;
    }
}

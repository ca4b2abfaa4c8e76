using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// The officers' side of a what-if: each month from the what-if's first on where the answer adds or changes a visit is
/// planned with the month's published team-days kept (<see cref="MonthRun.CarryOver"/>) and greedy staffing — no repair
/// and no CP-SAT: with them a month of a 12,000-enterprise county took 2 s at the median, 6 s at p95; each such visit then has its team-day or the reason none can take
/// it. Months without a published plan are not planned (no place is given for their visits).
/// </summary>
public static class WhatIfTeams
{
    public static IReadOnlyList<WhatIfPlace> Place(Instance changed, AnnualPlan before, AnnualPlan after, int from,
        IReadOnlyDictionary<int, MonthlyPlan> published, int seed, CancellationToken cancellationToken = default)
    {
        var was = before.Visits.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var changedVisits = after.Visits
            .Where(v => v.Month >= from && (!was.TryGetValue(v.Id, out var old) || old.Month != v.Month || !old.Tasks.SequenceEqual(v.Tasks)))
            .ToList();
        var options = new MonthlyPlannerOptions
        {
            Seed = seed, Repair = false, Restaff = false, StaffingWork = 0, Workers = 1, TimeLimit = TimeSpan.FromSeconds(2), Published = published,
        };
        var places = new List<WhatIfPlace>();
        foreach (var group in changedVisits.GroupBy(v => v.Month).OrderBy(g => g.Key))
        {
            if (cancellationToken.IsCancellationRequested || !published.TryGetValue(group.Key, out var month)) continue;
            var planned = new MonthlyPlanner().Plan(changed, after, group.Key, options, null, cancellationToken).Plan;
            var kept = month.TeamDays.Select(t => t.Team()).ToHashSet(StringComparer.Ordinal);
            foreach (var v in group)
            {
                if (planned.TeamDays.FirstOrDefault(t => t.Visits.Contains(v.Id, StringComparer.Ordinal)) is { } day)
                    places.Add(new WhatIfPlace(v.Id, v.Enterprise, v.Month, day.Date, day.Id,
                        kept.Contains(day.Team()),
                        day.Inspectors, [.. day.Visits.Where(w => w != v.Id)], null));
                else
                    places.Add(new WhatIfPlace(v.Id, v.Enterprise, v.Month, null, null, false, [], [],
                        planned.Unscheduled.FirstOrDefault(u => u.Visit == v.Id)?.Reason ?? "not in the month's plan"));
            }
        }
        return places;
    }
}

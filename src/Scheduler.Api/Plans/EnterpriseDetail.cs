using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>
/// One enterprise as its page shows it: its register row, its needs, its visits in the annual plan (with date, team
/// and officers where a monthly plan schedules them, or the monthly plan's reason where it does not), and its
/// unassigned occurrences with their reasons.
/// </summary>
public sealed record EnterpriseDetail(
    Enterprise Enterprise,
    string TownshipName,
    int? TierCap,
    IReadOnlyList<EnterpriseNeed> Needs,
    IReadOnlyList<EnterpriseVisit> Visits,
    IReadOnlyList<EnterpriseUnassigned> Unassigned)
{
    /// <summary>The detail of <paramref name="enterpriseId"/>, or null when the instance has no such enterprise.</summary>
    public static EnterpriseDetail? Build(PlanIndex index, AnnualPlan? plan, IReadOnlyDictionary<int, MonthlyPlan> months, string enterpriseId)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(months);
        if (index.Enterprise(enterpriseId) is not { } enterprise) return null;

        var needs = (index.Instance.Needs ?? []).Where(n => n.Enterprise == enterpriseId)
            .Select(n => new EnterpriseNeed(n, index.DepartmentName(n.Department), [.. (n.Items ?? []).Select(index.ItemName)]))
            .ToList();

        var visits = new List<EnterpriseVisit>();
        foreach (var visit in (plan?.Visits ?? []).Where(v => v.Enterprise == enterpriseId))
        {
            var summary = index.Describe(visit);
            if (!months.TryGetValue(visit.Month, out var month))
            {
                visits.Add(new EnterpriseVisit(summary, null, null, false));
                continue;
            }
            var teamDay = (month.TeamDays ?? []).FirstOrDefault(t => (t.Visits ?? []).Contains(visit.Id, StringComparer.Ordinal));
            if (teamDay is not null)
            {
                visits.Add(new EnterpriseVisit(summary, TeamDayView(index, teamDay), null, true));
                continue;
            }
            var reason = (month.Unscheduled ?? []).FirstOrDefault(u => u.Visit == visit.Id)?.Reason;
            visits.Add(new EnterpriseVisit(summary, null, reason ?? "", true));
        }
        visits.Sort((a, b) => (a.Summary.Visit.Month, a.TeamDay?.Date ?? DateOnly.MaxValue).CompareTo((b.Summary.Visit.Month, b.TeamDay?.Date ?? DateOnly.MaxValue)));

        var needById = needs.ToDictionary(n => n.Need.Id, StringComparer.Ordinal);
        var unassigned = (plan?.Unassigned ?? [])
            .Where(u => needById.ContainsKey(u.Need))
            .Select(u => new EnterpriseUnassigned(u, needById[u.Need].DepartmentName, needById[u.Need].Items))
            .ToList();

        return new EnterpriseDetail(enterprise, index.TownshipName(enterprise.Township),
            (index.Instance.Rules ?? new Rules()).CapFor(enterprise.CreditTier), needs, visits, unassigned);
    }

    /// <summary>A team-day with its officers' names (and departments).</summary>
    public static TeamDayView TeamDayView(PlanIndex index, TeamDay teamDay) =>
        new(teamDay.Id, teamDay.Date, teamDay.Township, index.TownshipName(teamDay.Township),
            [.. (teamDay.Inspectors ?? []).Select(id => new Officer(id, index.InspectorName(id), index.Inspector(id)?.Department ?? ""))]);
}

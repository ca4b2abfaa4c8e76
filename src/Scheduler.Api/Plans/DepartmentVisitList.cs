using Scheduler.Api.Shared;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>A department's share of a plan: the visits holding its tasks, by month, with joint partners, dates and teams.</summary>
public static class DepartmentVisitList
{
    /// <param name="instance">The instance the plan was solved for (its needs name the departments).</param>
    /// <param name="months">The monthly plans there are, by month.</param>
    public static IReadOnlyList<DepartmentVisit> Build(Instance instance, AnnualPlan plan, IReadOnlyDictionary<int, MonthlyPlan> months, string department)
    {
        var names = new InstanceLookup(instance, plan);
        var teamDays = new Dictionary<string, TeamDay>(StringComparer.Ordinal);
        foreach (var day in months.Values.SelectMany(m => m.TeamDays))
        {
            foreach (var visit in day.Visits) teamDays.TryAdd(visit, day);
        }
        var result = new List<DepartmentVisit>();
        foreach (var visit in plan.Visits.OrderBy(v => v.Month).ThenBy(v => v.Enterprise, StringComparer.Ordinal).ThenBy(v => v.Id, StringComparer.Ordinal))
        {
            var taskNeeds = visit.Tasks.Select(t => names.Need(t.Need)).OfType<Need>().ToList();
            var own = taskNeeds.Where(n => n.Department == department).ToList();
            if (own.Count == 0) continue;
            var items = own.SelectMany(n => n.Items).Distinct(StringComparer.Ordinal).Select(i => $"{i} {names.KnownItemName(i)}".Trim()).ToList();
            var others = taskNeeds.Select(n => n.Department).Where(d => d != department).Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal).Select(d => names.DepartmentName(d)).ToList();
            teamDays.TryGetValue(visit.Id, out var teamDay);
            var team = teamDay?.Inspectors.Select(i => names.InspectorName(i)).ToList() ?? [];
            result.Add(new DepartmentVisit(visit.Id, visit.Month, visit.Enterprise, names.KnownEnterpriseName(visit.Enterprise),
                names.TownshipOf(visit.Enterprise), items, others, teamDay?.Date, team, names.VisitCode(visit.Id)));
        }
        return result;
    }
}

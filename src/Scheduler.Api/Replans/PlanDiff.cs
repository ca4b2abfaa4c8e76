using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Replans;

/// <summary>
/// Compares a plan and its replan occurrence by occurrence (need, occurrence number): another month, other companions
/// (the other departments of its visit), added or removed. Each enterprise carries the causes the replan recorded for it.
/// </summary>
public static class PlanDiff
{
    /// <param name="department">When given, only that department's needs' occurrences.</param>
    /// <param name="change">When given, only changes of that kind.</param>
    /// <param name="month">When given, only changes whose month before or after is this one.</param>
    public static PlanDiffView Compare(long run, long replaces, int from, Instance before, AnnualPlan old, Instance after, AnnualPlan replan,
        IReadOnlyDictionary<string, IReadOnlyList<string>> causes, string? department, MoveKind? change = null, int? month = null)
    {
        var departments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in before.Needs.Concat(after.Needs)) departments[n.Id] = n.Department;
        var names = after.Enterprises.Concat(before.Enterprises).GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var was = Places(old, departments);
        var now = Places(replan, departments);

        var moves = new List<(string Enterprise, OccurrenceMove Move)>();
        foreach (var key in was.Keys.Union(now.Keys).OrderBy(k => k.Need, StringComparer.Ordinal).ThenBy(k => k.Occurrence))
        {
            var (need, occurrence) = key;
            var dept = departments.GetValueOrDefault(need, "");
            if (department is not null && dept != department) continue;
            was.TryGetValue(key, out var a);
            now.TryGetValue(key, out var b);
            MoveKind? kind = (a, b) switch
            {
                (null, not null) => MoveKind.Added,
                (not null, null) => MoveKind.Removed,
                (not null, not null) when a.Visit.Month != b.Visit.Month => MoveKind.Moved,
                (not null, not null) when !a.Companions.SequenceEqual(b.Companions) => MoveKind.Companions,
                _ => null,
            };
            if (kind is null || (change is not null && kind != change)) continue;
            if (month is not null && a?.Visit.Month != month && b?.Visit.Month != month) continue;
            var enterprise = (b ?? a)!.Visit.Enterprise;
            moves.Add((enterprise, new OccurrenceMove(need, occurrence, dept, kind.Value, a?.Visit.Month, b?.Visit.Month, a?.Visit.Id, b?.Visit.Id,
                a?.Companions ?? [], b?.Companions ?? [])));
        }

        var enterprises = moves.GroupBy(m => m.Enterprise, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EnterpriseDiff(g.Key, names.GetValueOrDefault(g.Key), causes.GetValueOrDefault(g.Key) ?? [], [.. g.Select(m => m.Move)]))
            .ToList();
        var perDepartment = moves.GroupBy(m => m.Move.Department, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentDiff(g.Key, g.Count(m => m.Move.Change == MoveKind.Moved), g.Count(m => m.Move.Change == MoveKind.Companions),
                g.Count(m => m.Move.Change == MoveKind.Added), g.Count(m => m.Move.Change == MoveKind.Removed),
                g.Select(m => m.Enterprise).Distinct(StringComparer.Ordinal).Count()))
            .ToList();
        return new PlanDiffView(run, replaces, from, department, perDepartment, enterprises, change, month);
    }

    private sealed record Place(Visit Visit, IReadOnlyList<string> Companions);

    private static Dictionary<(string Need, int Occurrence), Place> Places(AnnualPlan plan, Dictionary<string, string> departments)
    {
        var places = new Dictionary<(string, int), Place>();
        foreach (var visit in plan.Visits)
        {
            foreach (var task in visit.Tasks)
            {
                var own = departments.GetValueOrDefault(task.Need, "");
                var companions = visit.Tasks.Select(t => departments.GetValueOrDefault(t.Need, "")).Where(d => d != own)
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                places.TryAdd((task.Need, task.Occurrence), new Place(visit, companions));
            }
        }
        return places;
    }
}

using Scheduler.Domain.Model;

namespace Scheduler.Domain.Staffing;

/// <summary>
/// Officers added to a county's staff for a what-if (<see cref="OfficerAddition"/>): checked against the instance, added
/// as new officers without leave or conflicts, and suggested from a planned year's departments.
/// </summary>
public static class OfficerAdditions
{
    /// <summary>The most additions one what-if compares (each plans a whole year).</summary>
    public const int MaxAdditions = 12;

    /// <summary>What is wrong with <paramref name="additions"/> for <paramref name="instance"/>, each naming the addition; empty when nothing is.</summary>
    public static IReadOnlyList<string> Problems(Instance instance, IReadOnlyList<OfficerAddition> additions)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(additions);
        var problems = new List<string>();
        if (additions.Count > MaxAdditions) problems.Add($"{additions.Count} additions: at most {MaxAdditions} are compared at once (each plans a whole year)");
        foreach (var (addition, k) in additions.Select((a, k) => (a, k)))
            problems.AddRange(Wrong(instance, addition).Select(wrong => $"addition {k + 1} ({addition}): {wrong}"));
        return problems;
    }

    /// <summary>What is wrong with one addition for <paramref name="instance"/>, without naming it (the caller does).</summary>
    public static IEnumerable<string> Wrong(Instance instance, OfficerAddition addition)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(addition);
        if (UnknownDepartment(instance, addition.Department) is { } unknown) yield return unknown;
        if (addition.Township is { } t && !instance.Townships.Any(x => x.Id == t))
            yield return $"the county has no township '{t}'";
        if (addition.Count is < 1 or > OfficerAddition.MaxCount)
            yield return $"the number of officers must be 1 to {OfficerAddition.MaxCount}, not {addition.Count}";
    }

    /// <summary>What a change naming <paramref name="department"/> is told when the county has no such department; null when it has.</summary>
    internal static string? UnknownDepartment(Instance instance, string department) =>
        instance.Departments.Any(d => d.Id == department)
            ? null
            : $"the county has no department '{department}' (it has {string.Join(", ", instance.Departments.Select(d => d.Id))})";

    /// <summary>
    /// The instance with the officers added after its own: ids <c>{DEPT}-NEW{k}</c> (a quote appended while one is taken),
    /// named 新增 and the department's name, available on every day, with no conflicts.
    /// </summary>
    /// <remarks>Call <see cref="Problems"/> first.</remarks>
    public static Instance Apply(Instance instance, IEnumerable<OfficerAddition> additions)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(additions);
        var ids = instance.Inspectors.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var names = instance.Departments.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var added = new List<Inspector>();
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var addition in additions)
            for (var k = 0; k < addition.Count; k++)
            {
                var n = next[addition.Department] = next.GetValueOrDefault(addition.Department) + 1;
                var id = $"{addition.Department}-NEW{n}";
                while (!ids.Add(id)) id += "'";
                added.Add(new Inspector
                {
                    Id = id,
                    Name = $"新增{names.GetValueOrDefault(addition.Department, addition.Department)}{n}",
                    Department = addition.Department,
                    Township = addition.Township,
                });
            }
        return instance with { Inspectors = [.. instance.Inspectors, .. added] };
    }

    /// <summary>
    /// The additions most likely to pay, from a planned year's departments (<see cref="DepartmentYears"/> with the plan that
    /// ignores staff and the months' reasons): first the departments whose officers the year's left-out visits ran short of,
    /// most first (the spec ranks left-out visits first); then, of those that lost checks from joint visits, the ones full
    /// on the joint weekdays county-wide, then the others, each group by the checks lost; <paramref name="count"/> of them,
    /// one team each: at county level, except a department short only where it lost the most, posted there.
    /// </summary>
    /// <remarks>On the generated 12,000-enterprise counties a team of the department most left-out visits were short of
    /// halved the visits left out (seed 1: 37 to 18, seed 2: 55 to 32) where a team of the fullest department cut 1-3
    /// of them; a team of a full department saved visits on every seed, a team posted where a department short only locally
    /// lost the most mostly did not (bench/README.md, "What more officers buy").</remarks>
    public static IReadOnlyList<OfficerAddition> Suggest(IReadOnlyList<DepartmentYear> departments, int count)
    {
        ArgumentNullException.ThrowIfNull(departments);
        return departments
            .Where(d => d.TakenOut is > 0 || d.LeftOut is > 0)
            .OrderByDescending(d => d.LeftOut ?? 0).ThenByDescending(d => d.FullOnJointDays).ThenByDescending(d => d.TakenOut ?? 0)
            .ThenBy(d => d.Department, StringComparer.Ordinal)
            .Take(Math.Max(0, count))
            .Select(d => new OfficerAddition(d.Department, d.FullOnJointDays || d.LeftOut is > 0 ? null : d.MostTakenOutIn?.Township, OfficerAddition.DefaultCount))
            .ToList();
    }
}

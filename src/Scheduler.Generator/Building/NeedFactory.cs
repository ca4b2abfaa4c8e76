using Scheduler.Domain.Model;
using Scheduler.Generator.Catalog;

namespace Scheduler.Generator.Building;

/// <summary>Draws an enterprise's needs from its industry's templates: each template with its probability,
/// times a year by credit tier, then fitted so the need can be held at all: items within the longest visit,
/// occurrences within the open months of its window at its minimum gap.</summary>
internal sealed class NeedFactory
{
    public const int MaxNeedsPerEnterprise = 6;

    private readonly Random _random;

    /// <summary>Per industry, per template: its items trimmed to the longest visit (null: the template cannot be used).</summary>
    private readonly int[]?[][] _items;

    public NeedFactory(Random random, int maxVisitMinutes)
    {
        _random = random;
        _items = IndustryCatalog.All
            .Select(industry => industry.Needs.Select(t => Trim(t.ItemIndices, maxVisitMinutes)).ToArray())
            .ToArray();
    }

    /// <summary>Appends enterprise <paramref name="e"/>'s needs (1 to <see cref="MaxNeedsPerEnterprise"/>) to <paramref name="into"/>.</summary>
    public void Draw(EnterpriseDrafts drafts, int e, List<GeneratedNeed> into)
    {
        var industry = drafts.Industry[e];
        var templates = IndustryCatalog.All[industry].Needs;
        var first = into.Count;
        for (var k = 0; k < templates.Length; k++)
        {
            var chosen = _random.NextDouble() < templates[k].Probability;
            var times = templates[k].Frequency.Draw(_random, drafts.Tier[e]);
            if (!chosen || into.Count - first >= MaxNeedsPerEnterprise) continue;
            if (Make(drafts, e, industry, k, times) is { } need) into.Add(need);
        }
        if (into.Count == first)
        {
            // Every inspected enterprise has at least its industry's main need.
            var times = templates[0].Frequency.Draw(_random, drafts.Tier[e]);
            if (Make(drafts, e, industry, 0, times) is { } need) into.Add(need);
        }
    }

    private GeneratedNeed? Make(EnterpriseDrafts drafts, int e, int industry, int k, int times)
    {
        var template = IndustryCatalog.All[industry].Needs[k];
        var items = _items[industry][k];
        if (items is null) return null;
        var open = template.Months & ~drafts.ClosedMonths[e] & MonthSet.All;
        if (open == 0) return null;
        var gap = times >= 2 ? template.Gap : 1;
        if (MonthSet.MostOccurrences(open, gap) < times) gap = 1;
        times = Math.Min(times, MonthSet.MostOccurrences(open, gap));
        return new GeneratedNeed
        {
            Enterprise = e,
            Department = template.DepartmentIndex,
            Items = items,
            Minutes = Minutes(items),
            Times = times,
            Months = template.Months,
            Gap = gap,
            Standalone = template.Standalone,
        };
    }

    public static int Minutes(int[] items)
    {
        var sum = 0;
        foreach (var i in items) sum += DepartmentCatalog.Items[i].Minutes;
        return sum;
    }

    private static int[]? Trim(int[] items, int maxMinutes)
    {
        var count = items.Length;
        while (count > 0 && Minutes(items[..count]) > maxMinutes) count--;
        return count == 0 ? null : items[..count];
    }
}

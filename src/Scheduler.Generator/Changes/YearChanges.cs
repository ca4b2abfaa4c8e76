using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;

namespace Scheduler.Generator.Changes;

/// <summary>
/// A changed year for trials and the replanning benchmark (docs/replanning.md): a seeded share of new needs (each a copy
/// of a need of another enterprise of the same credit tier — department, items, frequency, gap — for a random
/// enterprise, its months cut to the replan's first month on) and a seeded share of needs withdrawn. A withdrawn need with occurrences done before that
/// month keeps them (its timesPerYear lowered to their count), as the docs require; one without is removed.
/// </summary>
public static class YearChanges
{
    public static Instance Apply(Instance instance, AnnualPlan plan, RecordSet? records, int from, double addShare, double withdrawShare, int seed)
    {
        var random = new Random(seed);
        var needs = instance.Needs.ToList();
        var done = DoneOccurrences(plan, records, from);

        int withdraw = (int)Math.Round(needs.Count * withdrawShare);
        var withdrawn = needs.Select((n, i) => (n, i, k: random.NextDouble())).OrderBy(t => t.k).Take(withdraw).Select(t => t.i).ToHashSet();
        var kept = new List<Need>();
        for (int i = 0; i < needs.Count; i++)
        {
            if (!withdrawn.Contains(i)) { kept.Add(needs[i]); continue; }
            int count = done.GetValueOrDefault(needs[i].Id);
            if (count > 0) kept.Add(needs[i] with { TimesPerYear = count });
        }

        int add = (int)Math.Round(needs.Count * addShare);
        int late = MonthSet.Range(from, 12);
        var ids = needs.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var tiers = instance.Enterprises.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().CreditTier, StringComparer.Ordinal);
        var byTier = needs.GroupBy(n => tiers.GetValueOrDefault(n.Enterprise, "")).ToDictionary(g => g.Key, g => g.ToList());
        for (int k = 1, tries = 0; k <= add && tries < add * 20; tries++)
        {
            var enterprise = instance.Enterprises[random.Next(instance.Enterprises.Count)];
            if (!byTier.TryGetValue(enterprise.CreditTier, out var pool)) continue;
            var template = pool[random.Next(pool.Count)];
            int months = MonthSet.Of(template.Months) & late & ~MonthSet.Of(enterprise.ClosedMonths);
            int times = Math.Min(template.TimesPerYear, MonthSet.MostOccurrences(months, template.MinGapMonths));
            if (times < 1) continue;
            string id = $"{template.Id}-new{k}";
            while (!ids.Add(id)) id += "x";
            kept.Add(template with { Id = id, Enterprise = enterprise.Id, Months = MonthSet.ToMonths(months), TimesPerYear = times });
            k++;
        }
        return instance with { Needs = kept };
    }

    /// <summary>Occurrences of each need in visits before <paramref name="from"/> that were not recorded as not done.</summary>
    private static Dictionary<string, int> DoneOccurrences(AnnualPlan plan, RecordSet? records, int from)
    {
        var notDone = (records?.Records ?? []).Where(r => !r.IsDone).Select(r => r.Visit).ToHashSet(StringComparer.Ordinal);
        var done = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in plan.Visits.Where(v => v.Month < from && !notDone.Contains(v.Id)))
            foreach (var t in v.Tasks) done[t.Need] = done.GetValueOrDefault(t.Need) + 1;
        return done;
    }
}

using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;

namespace Scheduler.Api.Records;

/// <summary>
/// The current records of a run: its uploaded versions merged in order, a later record of a visit replacing an earlier
/// one (a correction), each visit in the place of its first record; throughMonth the highest reported.
/// </summary>
public static class RecordMerge
{
    public static RecordSet Merge(AnnualPlan plan, IEnumerable<RecordSet> versions)
    {
        var order = new List<string>();
        var latest = new Dictionary<string, VisitRecord>(StringComparer.Ordinal);
        int through = 0;
        foreach (var set in versions)
        {
            through = Math.Max(through, set.ThroughMonth);
            foreach (var record in set.Records)
            {
                if (!latest.ContainsKey(record.Visit)) order.Add(record.Visit);
                latest[record.Visit] = record;
            }
        }
        return new RecordSet { Instance = plan.Instance, Year = plan.Year, ThroughMonth = through, Records = [.. order.Select(v => latest[v])] };
    }

    /// <summary>Only the records of <paramref name="visits"/> (a department's part).</summary>
    public static RecordSet Only(RecordSet set, IReadOnlySet<string> visits) =>
        set with { Records = [.. set.Records.Where(r => visits.Contains(r.Visit))] };
}

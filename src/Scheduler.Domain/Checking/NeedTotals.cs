namespace Scheduler.Domain.Checking;

/// <summary>What the needs alone say of any plan: the status quo (<c>separateVisits</c>), the spec's lower bound and the occurrences.</summary>
internal static class NeedTotals
{
    /// <summary>Σ over (enterprise, department) of the most timesPerYear; Σ over enterprises of the most timesPerYear; Σ timesPerYear.
    /// Keyed by the need's enterprise text (known or not), as the validator does.</summary>
    public static (int Separate, int Lower, long Occurrences) Of(AnnualTables t)
    {
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var mostByEnterprise = new List<int>();
        var mostByEnterpriseDepartment = new Dictionary<long, int>();
        long occurrences = 0;
        for (var r = 0; r < t.Needs.Count; r++)
        {
            var n = t.Needs[r];
            if (n is null) continue;
            if (!slotOf.TryGetValue(n.Enterprise ?? "", out var slot))
            {
                slotOf[n.Enterprise ?? ""] = slot = mostByEnterprise.Count;
                mostByEnterprise.Add(0);
            }
            mostByEnterprise[slot] = Math.Max(mostByEnterprise[slot], n.TimesPerYear);
            var key = (long)slot * t.DepartmentCount + t.NeedDepartment[r];
            mostByEnterpriseDepartment[key] = Math.Max(mostByEnterpriseDepartment.GetValueOrDefault(key), n.TimesPerYear);
            occurrences += n.TimesPerYear;
        }
        return (mostByEnterpriseDepartment.Values.Sum(), mostByEnterprise.Sum(), occurrences);
    }
}

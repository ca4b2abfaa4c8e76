using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Checking;

/// <summary>One run of <see cref="PlanChecker"/>: the tallies the rules and figures need, filled in one pass over the plan.</summary>
internal sealed class AnnualCheckRun(Instance instance)
{
    private readonly InstanceIndex _index = new(instance);
    private readonly List<string> _violations = [];

    // (need, occurrence) -> where it was placed ("visit V1" or "unassigned").
    private readonly Dictionary<(string Need, int Occurrence), string> _seen = [];
    private readonly Dictionary<string, List<int>> _needMonths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visitIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _visitsByEnterprise = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Department, int Month), int> _departmentMonthUse = [];
    private int _departmentVisits;
    private int _jointDepartmentVisits;

    public IReadOnlyList<string> Violations => _violations;

    /// <summary>The instance problems the validator reports too: unknown check items and empty months lists.</summary>
    public void CheckInstanceNeeds()
    {
        foreach (var n in _index.Needs)
        {
            if (n is null) continue;
            foreach (var item in n.Items ?? [])
            {
                if (!_index.Items.ContainsKey(item ?? "")) Add($"instance: need {n.Id} names unknown check item {item}");
            }
            if (n.Months is not { Count: > 0 }) Add($"instance: need {n.Id} has an empty months list");
        }
    }

    /// <summary>Rules 2–5 and 8 for one visit; records its occurrences for rules 1 and 3 and its use for rules 6 and 7.</summary>
    public void CheckVisit(Visit? visit)
    {
        if (visit is null)
        {
            Add("a visit is null");
            return;
        }
        var vid = visit.Id;
        if (string.IsNullOrEmpty(vid) || !_visitIds.Add(vid)) Add($"visit id '{vid}' missing or repeated");
        if (!_index.Enterprises.TryGetValue(visit.Enterprise ?? "", out var e))
        {
            Add($"visit {vid}: unknown enterprise {visit.Enterprise}");
            return;
        }
        var m = visit.Month;
        if (m is < 1 or > 12)
        {
            Add($"visit {vid}: month {m} is not 1-12");
            return;
        }
        if ((e.ClosedMonths ?? []).Contains(m)) Add($"visit {vid}: enterprise {e.Id} is closed in month {m}");
        var tasks = visit.Tasks ?? [];
        if (tasks.Count == 0) Add($"visit {vid}: no tasks");

        var shares = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var standalone = false;
        var inVisit = new HashSet<string>(StringComparer.Ordinal);
        var where = $"visit {vid}";
        foreach (var t in tasks)
        {
            var n = t is null ? null : Mark(t.Need, t.Occurrence, where);
            if (n is null) continue;
            if (!string.Equals(n.Enterprise, e.Id, StringComparison.Ordinal)) Add($"visit {vid}: need {n.Id} is for {n.Enterprise}, not {e.Id}");
            if (!InstanceIndex.AllowsMonth(n, m)) Add($"visit {vid}: need {n.Id} does not allow month {m}");
            if (!inVisit.Add(n.Id ?? "")) Add($"visit {vid}: two occurrences of need {n.Id} in one visit");
            MonthsOf(n.Id ?? "").Add(m);
            var department = n.Department ?? "";
            if (!shares.TryGetValue(department, out var share)) shares[department] = share = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in n.Items ?? []) share.Add(item);
            standalone |= n.Standalone;
        }

        var rules = _index.Rules;
        if (shares.Count > rules.MaxDepartmentsPerVisit) Add($"visit {vid}: {shares.Count} departments > {rules.MaxDepartmentsPerVisit}");
        if (standalone && shares.Count > 1) Add($"visit {vid}: holds a standalone need but {shares.Count} departments");
        var minutes = _index.OnSiteMinutes(shares);
        if (minutes > rules.MaxVisitMinutes) Add($"visit {vid}: {minutes} on-site minutes > {rules.MaxVisitMinutes}");

        _visitsByEnterprise[e.Id] = _visitsByEnterprise.GetValueOrDefault(e.Id) + 1;
        foreach (var d in shares.Keys) _departmentMonthUse[(d, m)] = _departmentMonthUse.GetValueOrDefault((d, m)) + 1;
        _departmentVisits += shares.Count;
        if (shares.Count > 1) _jointDepartmentVisits += shares.Count;
    }

    /// <summary>Rule 1 for an unassigned occurrence: it exists, appears once, and has a reason.</summary>
    public void CheckUnassigned(UnassignedOccurrence? u)
    {
        if (u is null)
        {
            Add("an unassigned entry is null");
            return;
        }
        Mark(u.Need, u.Occurrence, "unassigned");
        if (string.IsNullOrWhiteSpace(u.Reason)) Add($"unassigned {u.Need}#{u.Occurrence}: no reason");
    }

    /// <summary>Rule 1 (every occurrence placed) and rule 3 (gaps between consecutive occurrences).</summary>
    public void CheckOccurrencesAndGaps()
    {
        foreach (var n in _index.Needs)
        {
            if (n is null) continue;
            var id = n.Id ?? "";
            for (var k = 1; k <= n.TimesPerYear; k++)
            {
                if (!_seen.ContainsKey((id, k))) Add($"occurrence {id}#{k} is neither in a visit nor unassigned");
            }
            if (!_needMonths.TryGetValue(id, out var months)) continue;
            var sorted = months.ToArray();
            Array.Sort(sorted);
            var gap = n.MinGapMonths == 0 ? 1 : n.MinGapMonths;
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i] - sorted[i - 1] < gap) Add($"need {n.Id}: occurrences in months {sorted[i - 1]} and {sorted[i]}, gap < {gap}");
            }
        }
    }

    /// <summary>Rule 6; returns the peak load (max used/capacity over rows, +∞ when a zero capacity is used).</summary>
    public double CheckCapacities()
    {
        var peak = 0.0;
        foreach (var c in _index.Instance.Capacities ?? [])
        {
            if (c is null) continue;
            var used = _departmentMonthUse.GetValueOrDefault((c.Department ?? "", c.Month));
            if (used > c.Visits) Add($"capacity {c.Department} month {c.Month}: {used} > {c.Visits}");
            if (c.Visits > 0) peak = Math.Max(peak, (double)used / c.Visits);
            else if (used > 0) peak = double.PositiveInfinity;
        }
        return peak;
    }

    /// <summary>Rule 7: the yearly visit cap of each enterprise's credit tier.</summary>
    public void CheckTierCaps()
    {
        var caps = _index.Rules.MaxVisitsPerYearByTier;
        if (caps is null) return;
        foreach (var (eid, count) in _visitsByEnterprise)
        {
            var tier = _index.Enterprises[eid].CreditTier;
            if (tier is not null && caps.TryGetValue(tier, out var cap) && cap is { } c && count > c)
            {
                Add($"enterprise {eid} ({tier}): {count} visits > cap {c}");
            }
        }
    }

    public PlanFigures Figures(int visits, int unassigned, double peakLoad)
    {
        var mostByEnterprise = new Dictionary<string, int>(StringComparer.Ordinal);
        var mostByEnterpriseDepartment = new Dictionary<(string, string), int>();
        var occurrences = 0;
        foreach (var n in _index.Needs)
        {
            if (n is null) continue;
            var e = n.Enterprise ?? "";
            mostByEnterprise[e] = Math.Max(mostByEnterprise.GetValueOrDefault(e), n.TimesPerYear);
            var key = (e, n.Department ?? "");
            mostByEnterpriseDepartment[key] = Math.Max(mostByEnterpriseDepartment.GetValueOrDefault(key), n.TimesPerYear);
            occurrences += n.TimesPerYear;
        }
        var separate = mostByEnterpriseDepartment.Values.Sum();
        var lower = mostByEnterprise.Values.Sum();
        return new PlanFigures
        {
            Visits = visits,
            Unassigned = unassigned,
            DepartmentVisits = _departmentVisits,
            PeakLoad = peakLoad,
            JointRate = _departmentVisits > 0 ? (double)_jointDepartmentVisits / _departmentVisits : 0.0,
            SeparateVisits = separate,
            LowerBound = lower,
            Saved = separate - visits,
            Gap = lower != 0 ? (double)visits / lower - 1 : 0.0,
            Occurrences = occurrences,
        };
    }

    /// <summary>Records one occurrence as placed; returns its need, or null (with a violation) when it is unknown, out of range or placed before.</summary>
    private Need? Mark(string? needId, int occurrence, string where)
    {
        if (!_index.NeedsById.TryGetValue(needId ?? "", out var n))
        {
            Add($"{where}: unknown need {needId}");
            return null;
        }
        if (occurrence < 1 || occurrence > n.TimesPerYear)
        {
            Add($"{where}: need {needId} has no occurrence {occurrence}");
            return null;
        }
        var key = (n.Id ?? "", occurrence);
        if (!_seen.TryAdd(key, where))
        {
            Add($"occurrence {needId}#{occurrence} appears twice ({_seen[key]} and {where})");
            return null;
        }
        return n;
    }

    private List<int> MonthsOf(string needId)
    {
        if (!_needMonths.TryGetValue(needId, out var months)) _needMonths[needId] = months = new List<int>(2);
        return months;
    }

    private void Add(string violation) => _violations.Add(violation);
}

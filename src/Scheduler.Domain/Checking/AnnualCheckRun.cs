using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Checking;

/// <summary>
/// One run of <see cref="PlanChecker"/>: the tallies the rules and figures need, filled in one pass over the plan.
/// Works on <see cref="AnnualTables"/> indexes with stamp arrays instead of per-visit collections, so a plan of
/// millions of tasks is checked without allocating per visit.
/// </summary>
internal sealed class AnnualCheckRun
{
    private const int Unassigned = -1;

    private readonly AnnualTables _t;
    private readonly IReadOnlyList<Visit> _visits;
    private readonly List<string> _violations = [];

    // Per occurrence slot: 0 = not placed, v + 1 = in visit v, Unassigned = in the unassigned list.
    private readonly int[] _placedIn;
    // Per occurrence slot: the month of the visit holding it, 0 when not in a visit.
    private readonly byte[] _monthOf;

    // Stamps: "seen in the visit currently checked" without clearing anything between visits.
    private readonly int[] _needStamp;
    private readonly int[] _departmentStamp;
    private readonly int[] _itemStamp;
    private readonly int[] _itemStampDepartment;
    private readonly int[] _departmentMinutes;
    private readonly List<int> _visitDepartments = [];
    private readonly HashSet<(int Department, int Item)> _crossDepartmentItems = [];

    private readonly HashSet<string> _visitIds = new(StringComparer.Ordinal);
    private readonly int[] _visitsByEnterprise;
    private readonly List<int> _enterprisesInVisitOrder = [];
    private readonly int[] _departmentMonthUse;
    private int _departmentVisits;
    private int _jointDepartmentVisits;

    public AnnualCheckRun(Instance instance, AnnualPlan plan)
    {
        _t = new AnnualTables(instance);
        _visits = plan.Visits ?? [];
        var occurrences = _t.OccurrenceOffset[^1];
        _placedIn = new int[occurrences];
        _monthOf = new byte[occurrences];
        _needStamp = new int[_t.Needs.Count];
        _departmentStamp = new int[_t.DepartmentCount];
        _departmentMinutes = new int[_t.DepartmentCount];
        _itemStamp = new int[_t.ItemCount];
        _itemStampDepartment = new int[_t.ItemCount];
        _visitsByEnterprise = new int[_t.Enterprises.Count];
        _departmentMonthUse = new int[_t.DepartmentCount * 13];
    }

    public IReadOnlyList<string> Violations => _violations;

    /// <summary>The instance problems the validator reports too: unknown check items and empty months lists.</summary>
    public void CheckInstanceNeeds()
    {
        foreach (var n in _t.Needs)
        {
            if (n is null) continue;
            foreach (var item in n.Items ?? [])
            {
                if (!_t.KnownItem(item)) Add($"instance: need {n.Id} names unknown check item {item}");
            }
            if (n.Months is not { Count: > 0 }) Add($"instance: need {n.Id} has an empty months list");
        }
    }

    /// <summary>Rules 2–5 and 8 for every visit; records occurrences for rules 1 and 3 and use for rules 6 and 7.</summary>
    public void CheckVisits()
    {
        for (var v = 0; v < _visits.Count; v++) CheckVisit(v);
    }

    private void CheckVisit(int v)
    {
        var visit = _visits[v];
        if (visit is null)
        {
            Add("a visit is null");
            return;
        }
        var vid = visit.Id;
        if (string.IsNullOrEmpty(vid) || !_visitIds.Add(vid)) Add($"visit id '{vid}' missing or repeated");
        if (!_t.EnterpriseById.TryGetValue(visit.Enterprise ?? "", out var e))
        {
            Add($"visit {vid}: unknown enterprise {visit.Enterprise}");
            return;
        }
        var enterprise = _t.Enterprises[e];
        var m = visit.Month;
        if (m is < 1 or > 12)
        {
            Add($"visit {vid}: month {m} is not 1-12");
            return;
        }
        if ((enterprise.ClosedMonths ?? []).Contains(m)) Add($"visit {vid}: enterprise {enterprise.Id} is closed in month {m}");
        var tasks = visit.Tasks ?? [];
        if (tasks.Count == 0) Add($"visit {vid}: no tasks");

        var stamp = v + 1;
        var standalone = false;
        _visitDepartments.Clear();
        _crossDepartmentItems.Clear();
        foreach (var task in tasks)
        {
            var r = task is null ? -1 : Mark(task.Need, task.Occurrence, v);
            if (r < 0) continue;
            var n = _t.Needs[r];
            if (_t.NeedEnterprise[r] != e) Add($"visit {vid}: need {n.Id} is for {n.Enterprise}, not {enterprise.Id}");
            if (!AnnualTables.Allows(_t.NeedMonths[r], m)) Add($"visit {vid}: need {n.Id} does not allow month {m}");
            if (_needStamp[r] == stamp) Add($"visit {vid}: two occurrences of need {n.Id} in one visit");
            _needStamp[r] = stamp;
            _monthOf[_t.OccurrenceOffset[r] + task!.Occurrence - 1] = (byte)m;
            AddShare(r, stamp);
            standalone |= n.Standalone;
        }

        var departments = _visitDepartments.Count;
        var rules = _t.Rules;
        if (departments > rules.MaxDepartmentsPerVisit) Add($"visit {vid}: {departments} departments > {rules.MaxDepartmentsPerVisit}");
        if (standalone && departments > 1) Add($"visit {vid}: holds a standalone need but {departments} departments");
        var minutes = departments == 0 ? 0 : _visitDepartments.Max(d => _departmentMinutes[d]);
        if (minutes > rules.MaxVisitMinutes) Add($"visit {vid}: {minutes} on-site minutes > {rules.MaxVisitMinutes}");

        if (_visitsByEnterprise[e]++ == 0) _enterprisesInVisitOrder.Add(e);
        foreach (var d in _visitDepartments) _departmentMonthUse[d * 13 + m]++;
        _departmentVisits += departments;
        if (departments > 1) _jointDepartmentVisits += departments;
    }

    /// <summary>Adds need row <paramref name="r"/>'s department and its distinct items' minutes to the visit's shares.</summary>
    private void AddShare(int r, int stamp)
    {
        var d = _t.NeedDepartment[r];
        if (_departmentStamp[d] != stamp)
        {
            _departmentStamp[d] = stamp;
            _departmentMinutes[d] = 0;
            _visitDepartments.Add(d);
        }
        foreach (var item in _t.NeedItems[r])
        {
            if (_itemStamp[item] != stamp)
            {
                _itemStamp[item] = stamp;
                _itemStampDepartment[item] = d;
            }
            else if (_itemStampDepartment[item] == d || !_crossDepartmentItems.Add((d, item)))
            {
                continue; // already counted in this department's share
            }
            _departmentMinutes[d] += _t.ItemMinutes[item];
        }
    }

    /// <summary>Rule 1 for the unassigned list: each entry exists, appears once, and has a reason.</summary>
    public void CheckUnassigned(IReadOnlyList<UnassignedOccurrence> unassigned)
    {
        foreach (var u in unassigned)
        {
            if (u is null)
            {
                Add("an unassigned entry is null");
                continue;
            }
            Mark(u.Need, u.Occurrence, Unassigned);
            if (string.IsNullOrWhiteSpace(u.Reason)) Add($"unassigned {u.Need}#{u.Occurrence}: no reason");
        }
    }

    /// <summary>Rule 1 (every occurrence placed) and rule 3 (gaps between consecutive occurrences).</summary>
    public void CheckOccurrencesAndGaps()
    {
        var most = 12;
        for (var r = 0; r < _t.Needs.Count; r++) most = Math.Max(most, _t.OccurrenceOffset[r + 1] - _t.OccurrenceOffset[r]);
        var months = new int[most];
        foreach (var n in _t.Needs)
        {
            if (n is null) continue;
            var r = _t.NeedById[n.Id ?? ""];
            var first = _t.OccurrenceOffset[r];
            var count = _t.OccurrenceOffset[r + 1] - first;
            for (var k = 1; k <= n.TimesPerYear; k++)
            {
                if (k > count || _placedIn[first + k - 1] == 0) Add($"occurrence {n.Id}#{k} is neither in a visit nor unassigned");
            }
            var found = 0;
            for (var s = first; s < first + count; s++)
            {
                if (_monthOf[s] != 0) months[found++] = _monthOf[s];
            }
            var sorted = months.AsSpan(0, found);
            sorted.Sort();
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
        for (var i = 0; i < _t.Capacities.Count; i++)
        {
            var c = _t.Capacities[i];
            if (c is null) continue;
            var used = c.Month is >= 1 and <= 12 ? _departmentMonthUse[_t.CapacityDepartment[i] * 13 + c.Month] : 0;
            if (used > c.Visits) Add($"capacity {c.Department} month {c.Month}: {used} > {c.Visits}");
            if (c.Visits > 0) peak = Math.Max(peak, (double)used / c.Visits);
            else if (used > 0) peak = double.PositiveInfinity;
        }
        return peak;
    }

    /// <summary>Rule 7: the yearly visit cap of each enterprise's credit tier.</summary>
    public void CheckTierCaps()
    {
        var caps = _t.Rules.MaxVisitsPerYearByTier;
        if (caps is null) return;
        foreach (var e in _enterprisesInVisitOrder)
        {
            var enterprise = _t.Enterprises[e];
            var count = _visitsByEnterprise[e];
            if (enterprise.CreditTier is { } tier && caps.TryGetValue(tier, out var cap) && cap is { } c && count > c)
            {
                Add($"enterprise {enterprise.Id} ({tier}): {count} visits > cap {c}");
            }
        }
    }

    public PlanFigures Figures(int unassigned, double peakLoad)
    {
        var (separate, lower, occurrences) = NeedTotals.Of(_t);
        var visits = _visits.Count;
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
            Occurrences = checked((int)occurrences),
        };
    }

    /// <summary>
    /// Records one occurrence as placed in visit <paramref name="v"/> (or <see cref="Unassigned"/>); returns its need
    /// row, or -1 (with a violation) when the need is unknown, the occurrence out of range, or placed before.
    /// </summary>
    private int Mark(string? needId, int occurrence, int v)
    {
        if (!_t.NeedById.TryGetValue(needId ?? "", out var r))
        {
            Add($"{Where(v)}: unknown need {needId}");
            return -1;
        }
        if (occurrence < 1 || occurrence > _t.Needs[r].TimesPerYear)
        {
            Add($"{Where(v)}: need {needId} has no occurrence {occurrence}");
            return -1;
        }
        var slot = _t.OccurrenceOffset[r] + occurrence - 1;
        if (_placedIn[slot] != 0)
        {
            var before = _placedIn[slot] == Unassigned ? Unassigned : _placedIn[slot] - 1;
            Add($"occurrence {needId}#{occurrence} appears twice ({Where(before)} and {Where(v)})");
            return -1;
        }
        _placedIn[slot] = v == Unassigned ? Unassigned : v + 1;
        return r;
    }

    private string Where(int v) => v == Unassigned ? "unassigned" : $"visit {_visits[v].Id}";

    private void Add(string violation) => _violations.Add(violation);
}

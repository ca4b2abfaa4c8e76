using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Explaining;

/// <summary>
/// The rules that stop one occurrence of a need from joining a visit, or two needs from ever sharing one — each as a
/// <see cref="Reason"/> naming the needs, months and limits. Read against the plan as it stands (its capacity use).
/// </summary>
internal sealed class JoinRules(CompiledInstance ci, CapacityLedger ledger, int firstOpenMonth = 1)
{
    public bool IsPast(int month) => month < firstOpenMonth;

    public Reason PastReason(int month) =>
        new(RuleNames.Past, $"month {month} is history (the plan was replanned from month {firstOpenMonth}): its visits take nothing new");

    public string NeedId(int n) => ci.Needs[n].Id;

    private string Dept(int d) => ci.DepartmentLabel(d);

    /// <summary>What keeps two needs apart in every plan: their months, standalone, a department's minutes, one department a visit.</summary>
    public List<Reason> Always(int a, int b)
    {
        var (na, nb) = (ci.Needs[a], ci.Needs[b]);
        var reasons = new List<Reason>();
        if ((na.MonthMask & nb.MonthMask) == 0)
            reasons.Add(new(RuleNames.Windows, $"{na.Id} may fall in months {Months(na.MonthMask)} and {nb.Id} in {Months(nb.MonthMask)} (months the enterprise is open): the windows do not meet"));
        if (na.Department != nb.Department && (na.Standalone || nb.Standalone))
            reasons.Add(new(RuleNames.Standalone, $"{(na.Standalone ? na.Id : nb.Id)} is standalone: its visits carry {Dept(na.Standalone ? na.Department : nb.Department)} only"));
        if (na.Department == nb.Department && Minutes(na.Items.Union(nb.Items)) > ci.MaxVisitMinutes)
            reasons.Add(new(RuleNames.Minutes, $"{na.Id} and {nb.Id} together are {Minutes(na.Items.Union(nb.Items))} minutes of {Dept(na.Department)}, more than maxVisitMinutes {ci.MaxVisitMinutes}"));
        if (na.Department != nb.Department && ci.MaxDepartmentsPerVisit == 1)
            reasons.Add(new(RuleNames.Departments, $"maxDepartmentsPerVisit is 1: {Dept(na.Department)} and {Dept(nb.Department)} never share a visit"));
        return reasons;
    }

    /// <summary>What stops an occurrence of need <paramref name="n"/> joining <paramref name="visit"/> (month and needs); its other occurrences in <paramref name="otherMonths"/>.</summary>
    public List<Reason> Join(int n, ScheduledVisit visit, IEnumerable<int> otherMonths)
    {
        var need = ci.Needs[n];
        int m = visit.Month;
        var reasons = new List<Reason>();
        if (IsPast(m)) reasons.Add(PastReason(m));
        if (!MonthSet.Contains(need.MonthMask, m))
            reasons.Add(new(RuleNames.Windows, $"{need.Id} does not allow month {m} (its months: {Months(need.MonthMask)})"));
        reasons.AddRange(Spacing(need, m, otherMonths));
        var departments = visit.Needs.Select(o => ci.Needs[o].Department).Append(need.Department).Distinct().Count();
        if (departments > ci.MaxDepartmentsPerVisit)
            reasons.Add(new(RuleNames.Departments, $"the month-{m} visit would carry {departments} departments, more than maxDepartmentsPerVisit {ci.MaxDepartmentsPerVisit}"));
        var share = Minutes(visit.Needs.Where(o => ci.Needs[o].Department == need.Department).SelectMany(o => ci.Needs[o].Items).Union(need.Items));
        if (share > ci.MaxVisitMinutes)
            reasons.Add(new(RuleNames.Minutes, $"{Dept(need.Department)}'s share of the month-{m} visit would be {share} minutes, more than maxVisitMinutes {ci.MaxVisitMinutes}"));
        var alone = visit.Needs.FirstOrDefault(o => ci.Needs[o].Standalone && ci.Needs[o].Department != need.Department, -1);
        if (alone >= 0)
            reasons.Add(new(RuleNames.Standalone, $"the month-{m} visit holds standalone {NeedId(alone)}: it carries {Dept(ci.Needs[alone].Department)} only"));
        else if (need.Standalone && visit.Needs.Any(o => ci.Needs[o].Department != need.Department))
            reasons.Add(new(RuleNames.Standalone, $"{need.Id} is standalone and the month-{m} visit carries other departments"));
        if (!visit.Needs.Any(o => ci.Needs[o].Department == need.Department) && ledger.IsBounded(need.Department, m) && ledger.Residual(need.Department, m) == 0)
            reasons.Add(new(RuleNames.Capacity, CapacityText(need.Department, m)));
        return reasons;
    }

    /// <summary>What stops a new visit for need <paramref name="n"/> in month <paramref name="m"/> of an enterprise with <paramref name="visits"/> visits.</summary>
    public List<Reason> NewVisit(int n, int m, int visits, IEnumerable<int> otherMonths)
    {
        var need = ci.Needs[n];
        var reasons = new List<Reason>();
        reasons.AddRange(Spacing(need, m, otherMonths));
        int cap = ci.EnterpriseCap[need.Enterprise];
        if (cap != CompiledInstance.Unbounded && visits >= cap)
            reasons.Add(new(RuleNames.TierCap, $"the {ci.Source.Enterprises[need.Enterprise].CreditTier}-tier enterprise already has {visits} visits, its cap (无事不扰); a new one in month {m} is not allowed"));
        if (ledger.IsBounded(need.Department, m) && ledger.Residual(need.Department, m) == 0)
            reasons.Add(new(RuleNames.Capacity, CapacityText(need.Department, m)));
        if (Minutes(need.Items) > ci.MaxVisitMinutes)
            reasons.Add(new(RuleNames.Minutes, $"{need.Id} alone is {Minutes(need.Items)} minutes, more than maxVisitMinutes {ci.MaxVisitMinutes}"));
        return reasons;
    }

    /// <summary>Another occurrence in the month (frequency: distinct visits), or closer than the gap.</summary>
    private static IEnumerable<Reason> Spacing(CompiledNeed need, int m, IEnumerable<int> otherMonths)
    {
        var others = otherMonths.ToList();
        if (others.Contains(m))
            yield return new(RuleNames.Frequency, $"month {m} already holds an occurrence of {need.Id}: its occurrences lie in distinct visits");
        var close = others.Where(o => o != m && Math.Abs(o - m) < need.Gap).ToList();
        if (close.Count > 0)
            yield return new(RuleNames.Gap, $"month {m} is closer than minGapMonths {need.Gap} to {need.Id}'s occurrence in month {string.Join(", ", close)}");
    }

    private string CapacityText(int d, int m) =>
        $"the capacity of {Dept(d)} in month {m} is full ({ledger.Used(d, m)} of {ledger.Capacity(d, m)} visits)";

    private int Minutes(IEnumerable<int> items) => items.Distinct().Sum(i => ci.ItemMinutes[i]);

    private static string Months(int mask) => mask == 0 ? "none" : MonthSet.Describe(mask);
}

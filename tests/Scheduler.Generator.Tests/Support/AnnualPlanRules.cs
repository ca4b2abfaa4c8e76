using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Generator.Tests.Support;

/// <summary>The test's own reading of PROBLEM.md §2 validity rules 1–8, independent of the generator's code,
/// so the witness is checked even where python3 is absent.</summary>
internal static class AnnualPlanRules
{
    public static List<string> Violations(Instance instance, AnnualPlan plan)
    {
        var errors = new List<string>();
        var enterprises = instance.Enterprises.ToDictionary(e => e.Id);
        var needs = instance.Needs.ToDictionary(n => n.Id);
        var minutes = instance.CheckItems.ToDictionary(i => i.Id, i => i.Minutes);
        var seen = new HashSet<(string, int)>();
        var monthsOf = new Dictionary<string, List<int>>();
        var visitIds = new HashSet<string>();
        var perEnterprise = new Dictionary<string, int>();
        var use = new Dictionary<(string, int), int>();

        void Mark(string need, int occurrence, string where)
        {
            if (!needs.TryGetValue(need, out var n)) { errors.Add($"{where}: unknown need {need}"); return; }
            if (occurrence < 1 || occurrence > n.TimesPerYear) errors.Add($"{where}: {need} has no occurrence {occurrence}");
            if (!seen.Add((need, occurrence))) errors.Add($"{where}: {need}#{occurrence} twice");
        }

        foreach (var v in plan.Visits)
        {
            if (!visitIds.Add(v.Id)) errors.Add($"visit id {v.Id} repeated");
            if (v.Tasks.Count == 0) errors.Add($"{v.Id}: no tasks");
            var e = enterprises[v.Enterprise];
            if (v.Month is < 1 or > 12 || e.ClosedMonths.Contains(v.Month)) errors.Add($"{v.Id}: month {v.Month} not allowed for {e.Id}");
            var shares = new Dictionary<string, HashSet<string>>();
            var standalone = false;
            var inVisit = new HashSet<string>();
            foreach (var t in v.Tasks)
            {
                Mark(t.Need, t.Occurrence, v.Id);
                var n = needs[t.Need];
                if (n.Enterprise != e.Id) errors.Add($"{v.Id}: {n.Id} is not of {e.Id}");
                if (!n.Months.Contains(v.Month)) errors.Add($"{v.Id}: {n.Id} does not allow month {v.Month}");
                if (!inVisit.Add(n.Id)) errors.Add($"{v.Id}: {n.Id} twice in one visit");
                if (!monthsOf.TryGetValue(n.Id, out var list)) monthsOf[n.Id] = list = [];
                list.Add(v.Month);
                if (!shares.TryGetValue(n.Department, out var items)) shares[n.Department] = items = [];
                items.UnionWith(n.Items);
                standalone |= n.Standalone;
            }
            if (shares.Count > instance.Rules.MaxDepartmentsPerVisit) errors.Add($"{v.Id}: {shares.Count} departments");
            if (standalone && shares.Count > 1) errors.Add($"{v.Id}: standalone need with {shares.Count} departments");
            var longest = shares.Values.Select(s => s.Sum(i => minutes[i])).DefaultIfEmpty(0).Max();
            if (longest > instance.Rules.MaxVisitMinutes) errors.Add($"{v.Id}: {longest} minutes");
            perEnterprise[e.Id] = perEnterprise.GetValueOrDefault(e.Id) + 1;
            foreach (var d in shares.Keys) use[(d, v.Month)] = use.GetValueOrDefault((d, v.Month)) + 1;
        }
        foreach (var u in plan.Unassigned)
        {
            Mark(u.Need, u.Occurrence, "unassigned");
            if (string.IsNullOrWhiteSpace(u.Reason)) errors.Add($"unassigned {u.Need}#{u.Occurrence}: no reason");
        }
        foreach (var n in instance.Needs)
        {
            for (var k = 1; k <= n.TimesPerYear; k++)
                if (!seen.Contains((n.Id, k))) errors.Add($"{n.Id}#{k} neither placed nor unassigned");
            var months = monthsOf.GetValueOrDefault(n.Id, []).Order().ToList();
            for (var k = 1; k < months.Count; k++)
                if (months[k] - months[k - 1] < n.MinGapMonths) errors.Add($"{n.Id}: months {months[k - 1]} and {months[k]} closer than {n.MinGapMonths}");
        }
        foreach (var c in instance.Capacities)
            if (use.GetValueOrDefault((c.Department, c.Month)) > c.Visits) errors.Add($"capacity {c.Department} month {c.Month} exceeded");
        foreach (var (id, count) in perEnterprise)
            if (instance.Rules.CapFor(enterprises[id].CreditTier) is { } cap && count > cap) errors.Add($"{id}: {count} visits > cap {cap}");
        return errors;
    }

    /// <summary>Visits per (department, month) in the plan.</summary>
    public static Dictionary<(string Department, int Month), int> Load(Instance instance, AnnualPlan plan)
    {
        var needs = instance.Needs.ToDictionary(n => n.Id);
        var use = new Dictionary<(string, int), int>();
        foreach (var v in plan.Visits)
            foreach (var d in v.Tasks.Select(t => needs[t.Need].Department).Distinct())
                use[(d, v.Month)] = use.GetValueOrDefault((d, v.Month)) + 1;
        return use;
    }
}
